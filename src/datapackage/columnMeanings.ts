import {figuresIn, type ChartModel, type ChartSpec, type Needs} from "../charts/chart.ts";
import {columnLabel} from "../charts/datasetChart.ts";
import {chartTypes} from "../charts/index.ts";
import {figureToken} from "../data/fillFigures.ts";
import type {Data, Figure} from "../data/loadData.ts";
import {unitName, type Unit} from "../format/unit.ts";

/** What the site knows about one column of a chart's data table, beyond the text of its cells. */
export interface ColumnMeaning {
  /** quantity: numbers in one unit (or in several, when `unit` is absent); date: years, months, days or periods; text: words. */
  kind: "quantity" | "date" | "text";
  /** The unit of every number in the column; absent when its rows differ or it is not known. */
  unit?: Unit;
  description?: string;
}

// The columns figureTable and the timeline type write, as readers see them.
const figureColumns = ["Measure", "Figure", "Source", "Quote"];
const timelineColumns = ["Date", "Event", "Source", "Quote"];

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** The one unit every figure is in, or undefined when they differ. */
function sharedUnit(units: readonly Unit[]): Unit | undefined {
  return units.length && units.every((unit) => unitName(unit) === unitName(units[0]!)) ? units[0] : undefined;
}

/** Every figure a chart can list in a table of figures: those its type reads and those its words print. */
function chartFigures(spec: ChartSpec, needs: Needs, data: Data): Figure[] {
  const inWords = [...JSON.stringify([spec.title, spec.subtitle, spec.notes, spec.fields]).matchAll(figureToken)].map((match) => match[1]!);
  const byId = [...(needs.figures ?? []), ...inWords].map((id) => data.figures.get(id)).filter((figure): figure is Figure => figure !== undefined);
  return [...byId, ...(needs.factFiles ?? []).flatMap((file) => figuresIn(data, file))];
}

/**
 * What each column of a chart's data table holds, by the column's place in the
 * table its type wrote: a dataset's columns (their type, unit and the
 * description in the dataset's .json), a table of figures, or a timeline, each
 * followed by its source and quote. A table of another shape (a future chart
 * type) gets no meanings, and its columns are published as text.
 */
export function columnMeanings(model: ChartModel, spec: ChartSpec, data: Data): (ColumnMeaning | undefined)[] {
  const {columns} = model.table;
  const needs = chartTypes.get(spec.type)?.needs(spec.fields) ?? {};
  if (same(columns, figureColumns)) {
    const figures = chartFigures(spec, needs, data);
    const unit = sharedUnit(figures.map((figure) => figure.unit));
    const derived = figures.some((figure) => figure.kind === "derived");
    return [
      {kind: "text", description: "What the figure counts or measures."},
      {kind: "quantity", ...(unit && {unit}), description: unit ? "The figure." : "The figure, each in its own unit (a count, a percentage…): see Measure."},
      {kind: "text", description: derived ? "Who published the figure; “Derived” for a figure computed from others." : "Who published the figure."},
      {kind: "text", description: derived ? "The source’s exact words that state the figure, in quotation marks; for a derived figure, how it was computed." : "The source’s exact words that state the figure, in quotation marks."},
    ];
  }
  if (same(columns, timelineColumns) && needs.timelines?.length) {
    return [
      {kind: "date", description: "When it happened, as precisely as its sources say: a year, a month, a day, or a period such as 2000–2021."},
      {kind: "text", description: "What happened."},
      {kind: "text", description: "Who published the sources that date the event, separated by semicolons."},
      {kind: "text", description: "The sources’ exact words that date the event, each in quotation marks."},
    ];
  }
  const datasets = (needs.datasets ?? []).map((name) => data.datasets.get(name)).filter((dataset) => dataset !== undefined);
  if (!datasets.length || columns.length < 2 || !same(columns.slice(-2), ["Source", "Quote"])) return columns.map(() => undefined);
  const fromFiles = datasets.some((dataset) => dataset.rows.some((row) => row.rawLine !== undefined));
  return [
    ...columns.slice(0, -2).map((label): ColumnMeaning | undefined => {
      const found = datasets.flatMap((dataset) => dataset.columns.filter((column) => columnLabel(dataset, column.name) === label));
      if (!found.length) return undefined;
      const kinds = new Set(found.map((column) => column.type));
      const kind = kinds.size > 1 ? "text" : ({number: "quantity", date: "date", text: "text"} as const)[found[0]!.type];
      // A number column always has a unit: count when its .json names none.
      const unit = kind === "quantity" ? sharedUnit(found.map((column) => column.unit ?? {kind: "count"})) : undefined;
      const description = found.find((column) => column.description)?.description;
      return {kind, ...(unit && {unit}), ...(description && {description})};
    }),
    {kind: "text", description: "Who published the row’s numbers."},
    {kind: "text", description: `The source’s exact words that state the row’s numbers, in quotation marks${fromFiles ? "; for a row from a data file, the file’s line and the cells that pick the row" : ""}.`},
  ];
}
