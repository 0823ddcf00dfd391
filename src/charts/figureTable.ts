import type {Data, Figure} from "../data/loadData.ts";
import {formatFigure} from "../format/formatFigure.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";
import {lazyTable, type ChartCitation, type ChartModel, type TableCell} from "./chart.ts";

/** Every source quote a figure rests on: its own, or those of the counts it is derived from. */
export function citationsOf(figure: Figure): ChartCitation[] {
  if (figure.kind === "fact") return [{source: figure.source, quote: figure.quote}];
  return [figure.numerator, figure.denominator].map(({source, quote}) => ({source, quote}));
}

/** The data table of a chart made of cited figures: what, how much, who says so, in which words. */
export function figureTable(data: Data, figures: readonly Figure[]): ChartModel["table"] {
  return lazyTable(() => ({columns: ["Measure", "Figure", "Source", "Quote"], rows: figures.map((figure) => figureRow(data, figure))}));
}

function figureRow(data: Data, figure: Figure): TableCell[] {
  const value = {text: formatFigure(figure, data.settings), numeric: true};
  if (figure.kind === "derived") {
    const how = `Computed: ${formatFigure(figure.numerator, data.settings)} ÷ ${formatFigure(figure.denominator, data.settings)}`;
    return [{text: figure.label}, value, {text: "Derived"}, {text: [`${how}.`, figure.comparison, figure.note].filter(Boolean).join(" ")}];
  }
  const source = data.sources.get(figure.source);
  return [
    {text: figure.label},
    value,
    {text: source?.outlet ?? figure.source, href: sourceHref(figure.source)},
    {text: `“${figure.quote}”`, href: sourceHref(figure.source, figure.quote)},
  ];
}
