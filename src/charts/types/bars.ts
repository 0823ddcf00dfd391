import {z} from "zod";
import type {Figure} from "../../data/loadData.ts";
import {formatFigure} from "../../format/formatFigure.ts";
import {unitName} from "../../format/unit.ts";
import {chartType, figuresIn} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {labelledBars} from "../labelledBars.ts";

/** "fares", "fares.csv" and "data/facts/fares.csv" all name data/facts/fares.csv. */
const factFile = (value: string) => `data/facts/${value.replace(/^data\/facts\/|\.csv$/g, "")}.csv`;

/** The figures a bars spec names: every row of a file, in order, or a list of ids. */
function figuresOf(data: Parameters<typeof figuresIn>[0], figures: string | string[]): Figure[] {
  return typeof figures === "string" ? figuresIn(data, factFile(figures)) : figures.map((id) => data.figures.get(id)!);
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
    figures: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    highlight: z.array(z.string().min(1)).default([]),
  },
  help: {
    figures: 'the name of a file in data/facts/ ("fares" for data/facts/fares.csv, one bar per row), or a list of figure ids',
    highlight: "a list of figure ids to draw in the accent colour",
  },
  needs: ({figures}) => (typeof figures === "string" ? {factFiles: [factFile(figures)], field: "figures"} : {figures, field: "figures"}),
  validate(data, {figures, highlight}) {
    const shown = figuresOf(data, figures);
    const units = [...new Set(shown.map((figure) => unitName(figure.unit)))];
    const ids = new Set(shown.map((figure) => figure.id));
    return [
      ...(units.length > 1 ? [{field: "figures", message: `the bars mix units (${units.join(", ")}), which one scale cannot compare`, fix: "chart figures of one unit together; make a second chart for the others"}] : []),
      ...highlight.filter((id) => !ids.has(id)).map((id) => ({field: "highlight", message: `highlight names "${id}", which is not one of the chart's figures`, fix: `use ids of the chart's figures: ${[...ids].join(", ")}`})),
    ];
  },
  build(data, spec) {
    const figures = figuresOf(data, spec.fields.figures);
    const words = chartWords(data, spec);
    const rows = figures.map((figure) => ({
      label: figure.label,
      value: figure.value,
      valueLabel: formatFigure(figure, data.settings),
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
