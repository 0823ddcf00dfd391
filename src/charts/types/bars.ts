import {z} from "zod";
import type {Figure} from "../../data/loadData.ts";
import {formatFigure} from "../../format/formatFigure.ts";
import {unitName} from "../../format/unit.ts";
import {chartType, figuresIn} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {fillFigures} from "../../data/fillFigures.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {labelledBars} from "../labelledBars.ts";

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

/**
 * One labelled bar per figure, on one scale from zero: the label above each
 * bar, the value at its end, a range as a floating band. Shares of 100 are
 * drawn against a pale track to 100.
 */
export const bars = chartType({
  name: "bars",
  summary: "one labelled bar per figure, ranges as bands",
  fields: {
    figures: z.union([z.string().min(1), z.array(z.union([z.string().min(1), z.strictObject({figure: z.string().min(1), label: z.string().min(1).optional()})])).min(1)]),
    highlight: z.array(z.string().min(1)).default([]),
    suffix: z.string().default(""),
  },
  help: {
    figures: 'the name of a file in data/facts/ ("fares" for data/facts/fares.csv, one bar per row), or a list of figure ids; an entry may be {"figure": "id", "label": "the words beside its bar"}',
    highlight: "a list of figure ids to draw in the accent colour",
    suffix: 'optional: words after each value, e.g. " more likely"',
  },
  needs: ({figures}) => (typeof figures === "string" ? {factFiles: [factFile(figures)], field: "figures"} : {figures: figures.map(itemId), field: "figures"}),
  validate(data, {figures, highlight}) {
    const shown = barsOf(data, figures).map((bar) => bar.figure);
    const units = [...new Set(shown.map((figure) => unitName(figure.unit)))];
    const ids = new Set(shown.map((figure) => figure.id));
    return [
      ...(units.length > 1 ? [{field: "figures", message: `the bars mix units (${units.join(", ")}), which one scale cannot compare`, fix: "chart figures of one unit together; make a second chart for the others"}] : []),
      ...highlight.filter((id) => !ids.has(id)).map((id) => ({field: "highlight", message: `highlight names "${id}", which is not one of the chart's figures`, fix: `use ids of the chart's figures: ${[...ids].join(", ")}`})),
    ];
  },
  build(data, spec) {
    const shown = barsOf(data, spec.fields.figures);
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
