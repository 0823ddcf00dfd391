import type {Data} from "../data/loadData.ts";
import {formatFigure} from "../format/formatFigure.ts";
import {fillFigures, type ChartText} from "../data/loadChartText.ts";

/**
 * A chart's title, subtitle and notes from data/charts/<id>.json, with every
 * `{fig:id}` printed from data/, so the words change with the figures. Call
 * only from a chart whose `needs.text` is set (the check guarantees the file).
 */
export function chartWords(data: Data, id: string): ChartText {
  const text = data.chartText.get(id)!;
  const fill = (value: string) => fillFigures(value, (figure) => formatFigure(data.figures.get(figure)!, data.settings));
  return {title: fill(text.title), subtitle: fill(text.subtitle), notes: text.notes.map(fill)};
}
