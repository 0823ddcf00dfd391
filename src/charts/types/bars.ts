import {z} from "zod";
import type {Data, Figure} from "../../data/loadData.ts";
import {formatFigure} from "../../format/formatFigure.ts";
import {unitName} from "../../format/unit.ts";
import {chartType, figuresIn, type ChartModel, type ChartSpec} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {fillFigures} from "../../data/fillFigures.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {cellText, checkColumns, datasetCitations, datasetName, datasetTable, unknownHighlights} from "../datasetChart.ts";
import {labelledBars, type BarRow} from "../labelledBars.ts";
import {sortField, sortHelp, sortRows} from "../sortRows.ts";

/** "fares", "fares.csv" and "data/facts/fares.csv" all name data/facts/fares.csv. */
const factFile = (value: string) => `data/facts/${value.replace(/^data\/facts\/|\.csv$/g, "")}.csv`;

/** A bar as a spec lists it: a figure id, or a figure with the label to show instead of the figure's own. */
type Item = string | {figure: string; label?: string | undefined};
const itemId = (item: Item) => (typeof item === "string" ? item : item.figure);

/** The bars a spec names: every row of a file, in order, or a list of figures, each with its label. */
function barsOf(data: Parameters<typeof figuresIn>[0], figures: string | Item[]): {figure: Figure; label?: string | undefined}[] {
  if (typeof figures === "string") return figuresIn(data, factFile(figures)).map((figure) => ({figure}));
  return figures.map((item) => ({figure: data.figures.get(itemId(item))!, ...(typeof item !== "string" && {label: item.label})}));
}

const barFields = {
  figures: z.union([z.string().min(1), z.array(z.union([z.string().min(1), z.strictObject({figure: z.string().min(1), label: z.string().min(1).optional()})])).min(1)]).optional(),
  data: z.string().min(1).optional(),
  x: z.string().min(1).optional(),
  y: z.string().min(1).optional(),
  highlight: z.array(z.string().min(1)).default([]),
  sort: sortField,
  suffix: z.string().default(""),
};

/**
 * One labelled bar per figure (or per row of a dataset), on one scale from
 * zero: the label above each bar, the value at its end, a range as a floating
 * band. Shares of 100 are drawn against a pale track to 100.
 */
export const bars = chartType({
  name: "bars",
  summary: "one labelled bar per figure or dataset row, ranges as bands",
  fields: barFields,
  help: {
    figures: 'the name of a file in data/facts/ ("fares" for data/facts/fares.csv, one bar per row), or a list of figure ids; an entry may be {"figure": "id", "label": "the words beside its bar"}',
    data: 'instead of figures: the name of a table in data/datasets/, one bar per row (with "x" and "y")',
    x: "with data: the column of values, the length of each bar",
    y: "with data: the column that names each bar",
    highlight: "a list of figure ids (or, with data, values of y) to draw in the accent colour",
    sort: sortHelp,
    suffix: 'optional: words after each value, e.g. " more likely"',
  },
  needs: ({figures, data}) =>
    data !== undefined ? {datasets: [datasetName(data)], field: "data"}
    : typeof figures === "string" ? {factFiles: [factFile(figures)], field: "figures"}
    : {figures: (figures ?? []).map(itemId), field: "figures"},
  validate(data, {figures, highlight, ...fields}) {
    if ((figures === undefined) === (fields.data === undefined)) return [{field: figures ? "data" : "type", message: figures ? "the chart has both figures and data" : "the chart has neither figures nor data", fix: 'give "figures" (a file in data/facts/ or a list of figure ids) or "data" with "x" and "y" (a table in data/datasets/), not both'}];
    if (fields.data !== undefined) {
      const dataset = data.datasets.get(datasetName(fields.data))!;
      if (!fields.x || !fields.y) return [{field: "data", message: `bars over a dataset need "x" (the values) and "y" (the names)`, fix: `add them, from the columns of ${dataset.file}: ${dataset.columns.map((c) => c.name).join(", ")}`}];
      const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["number"]}, y: {column: fields.y, kinds: ["text", "date", "number"]}});
      if (problems.length) return problems;
      const names = dataset.rows.map((row) => row.cells[fields.y!]!);
      const negative = dataset.rows.find((row) => (row.values[fields.x!] ?? 0) < 0);
      return [
        ...(negative ? [{field: "x", message: `line ${negative.line} of ${dataset.file} has a negative ${fields.x}`, fix: "bars grow from zero; chart changes below zero with a line"}] : []),
        ...unknownHighlights(highlight, names, fields.y),
      ];
    }
    figures = figures!;
    const shown = barsOf(data, figures).map((bar) => bar.figure);
    const units = [...new Set(shown.map((figure) => unitName(figure.unit)))];
    const ids = new Set(shown.map((figure) => figure.id));
    return [
      ...(units.length > 1 ? [{field: "figures", message: `the bars mix units (${units.join(", ")}), which one scale cannot compare`, fix: "chart figures of one unit together; make a second chart for the others"}] : []),
      ...highlight.filter((id) => !ids.has(id)).map((id) => ({field: "highlight", message: `highlight names "${id}", which is not one of the chart's figures`, fix: `use ids of the chart's figures: ${[...ids].join(", ")}`})),
    ];
  },
  build(data, spec) {
    if (spec.fields.data !== undefined) return datasetBars(data, spec);
    const shown = sortRows(barsOf(data, spec.fields.figures!), spec.fields.sort, (bar) => bar.figure.value);
    const figures = shown.map((bar) => bar.figure);
    const words = chartWords(data, spec);
    const fill = (text: string) => fillFigures(text, (id) => formatFigure(data.figures.get(id)!, data.settings));
    const rows = shown.map(({figure, label}) => ({
      label: label ? fill(label) : figure.label,
      value: figure.value,
      valueLabel: `${formatFigure(figure, data.settings)}${spec.fields.suffix}`,
      highlight: spec.fields.highlight.includes(figure.id),
      ...(figure.kind === "fact" && figure.valueTo !== undefined && {valueTo: figure.valueTo}),
    }));
    const top = Math.max(...rows.map((row) => row.valueTo ?? row.value));
    const shares = figures.every((figure) => figure.unit.kind === "percent") && top <= 100;
    return {
      id: spec.id,
      ...words,
      panels: [{plot: (width) => labelledBars(rows, width, {max: shares ? 100 : top, track: shares})}],
      description: `Bar chart of ${rows.length} figure${rows.length === 1 ? "" : "s"}${shares ? ", each out of 100" : ""}. ${rows.map((row) => `${row.label}: ${row.valueLabel}.`).join(" ")}`,
      table: figureTable(data, figures),
      citations: figures.flatMap(citationsOf),
    };
  },
});

/** Bars over a dataset: one per row, named by `y`, as long as `x`. */
function datasetBars(data: Data, spec: ChartSpec & {fields: z.infer<z.ZodObject<typeof barFields>>}): ChartModel {
  const {x, y, highlight, sort, suffix} = spec.fields as typeof spec.fields & {x: string; y: string};
  const dataset = data.datasets.get(datasetName(spec.fields.data!))!;
  const rows = sortRows(dataset.rows.filter((row) => row.values[x] !== undefined), sort, (row) => row.values[x]!);
  const shown: BarRow[] = rows.map((row) => ({label: row.cells[y]!, value: row.values[x]!, valueLabel: `${cellText(data, dataset, row, x)}${suffix}`, highlight: highlight.includes(row.cells[y]!)}));
  const unit = dataset.columns.find((c) => c.name === x)!.unit!;
  const top = Math.max(...shown.map((row) => row.value));
  const shares = unit.kind === "percent" && top <= 100;
  return {
    id: spec.id,
    ...chartWords(data, spec),
    panels: [{plot: (width) => labelledBars(shown, width, {max: shares ? 100 : top, track: shares})}],
    description: `Bar chart of ${x} by ${y}, ${shown.length} bar${shown.length === 1 ? "" : "s"}${shares ? ", each out of 100" : ""}. ${shown.map((row) => `${row.label}: ${row.valueLabel}.`).join(" ")}`,
    table: datasetTable(data, dataset, rows, [y, x]),
    citations: datasetCitations(rows),
  };
}
