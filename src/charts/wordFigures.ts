import type {Data, Figure} from "../data/loadData.ts";
import {figureToken} from "../data/fillFigures.ts";
import type {ChartModel, ChartSpec} from "./chart.ts";
import {citationsOf, figureTable} from "./figureTable.ts";

/**
 * The figures a chart's words print with {fig:id} (in its title, notes, labels
 * or headings) are sourced like the ones it draws: their quotes join its
 * citations and, in a table of figures, their rows join its table.
 */
export function withWordFigures(model: ChartModel, spec: ChartSpec, data: Data): ChartModel {
  const text = JSON.stringify([spec.title, spec.subtitle, spec.notes, spec.fields]);
  const ids = [...new Set([...text.matchAll(figureToken)].map((match) => match[1]!))];
  const figures = ids.map((id) => data.figures.get(id)).filter((figure): figure is Figure => figure !== undefined);
  const cited = new Set(model.citations.map((c) => `${c.source}\n${c.quote}`));
  const extra = figures.filter((figure) => citationsOf(figure).some((c) => !cited.has(`${c.source}\n${c.quote}`)) || !model.table.rows.some((row) => row[0]?.text === figure.label));
  if (!extra.length) return model;
  const rows = figureTable(data, extra);
  const sameColumns = rows.columns.join("|") === model.table.columns.join("|");
  const listed = new Set(model.table.rows.map((row) => row[0]?.text));
  return {
    ...model,
    table: sameColumns ? {columns: model.table.columns, rows: [...model.table.rows, ...rows.rows.filter((row) => !listed.has(row[0]?.text))]} : model.table,
    citations: [...model.citations, ...extra.flatMap(citationsOf).filter((c) => !cited.has(`${c.source}\n${c.quote}`))],
  };
}
