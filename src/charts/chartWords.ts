import type {Data} from "../data/loadData.ts";
import {fillFigures} from "../data/fillFigures.ts";
import {formatFigure} from "../format/formatFigure.ts";
import type {ChartSpec} from "./chart.ts";

/**
 * A chart's title, subtitle and notes from its spec, with every `{fig:id}`
 * printed from data/, so the words change with the figures.
 */
export function chartWords(data: Data, spec: ChartSpec): Pick<ChartSpec, "title" | "subtitle" | "notes"> {
  const fill = (value: string) => fillFigures(value, (figure) => formatFigure(data.figures.get(figure)!, data.settings));
  return {title: fill(spec.title), subtitle: fill(spec.subtitle), notes: spec.notes.map(fill)};
}
