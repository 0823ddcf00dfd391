import type {PlotOptions} from "@observablehq/plot";
import type {Data, Figure} from "../data/loadData.ts";

/** One cell of a chart's data table: text, optionally linked (to the quote that backs it). */
export interface TableCell {
  text: string;
  href?: string;
  /** Numeric cells are right-aligned. */
  numeric?: boolean;
}

/** A source a chart cites, with the quotes it relies on. */
export interface ChartCitation {
  source: string;
  quote: string;
}

/** One SVG of a chart. A chart has one or more, each with its own scales. */
export interface Panel {
  /** Shown above the panel as HTML text; also the panel SVG's accessible name. */
  heading?: string;
  /** Plot options for a given width in px; called once per layout (narrow, wide). */
  plot: (width: number) => PlotOptions;
}

/** Everything a chart shows, computed from data: the result of a chart module's build(). */
export interface ChartSpec {
  id: string;
  title: string;
  subtitle: string;
  panels: Panel[];
  /** Notes under the chart: caveats, how sources differ, how figures were derived. */
  notes: string[];
  /** A text alternative generated from the data: what the chart shows and its key numbers. */
  description: string;
  table: {columns: string[]; rows: TableCell[][]};
  citations: ChartCitation[];
}

/** A chart: one module in src/charts/, registered in src/charts/index.ts. */
export interface ChartModule {
  id: string;
  /** What data it needs, so a check can name what is missing: figures by id, timelines, or whole files of figures. */
  needs: {figures?: readonly string[]; timelines?: readonly string[]; factFiles?: readonly string[]; text?: boolean};
  build(data: Data): ChartSpec;
}

/** The figures a chart needs, by id. Call only after checking `needs` (see checkCharts). */
export function figuresOf<const K extends string>(data: Data, ids: readonly K[]): Record<K, Figure> {
  return Object.fromEntries(ids.map((id) => [id, data.figures.get(id)!])) as Record<K, Figure>;
}

/** The figures of one file in data/facts/, in row order: for charts that show a whole file. */
export function figuresIn(data: Data, file: string): Figure[] {
  return [...data.figures.values()].filter((figure) => figure.kind === "fact" && figure.file === file);
}
