import type {PlotOptions} from "@observablehq/plot";
import type {z} from "zod";
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

/** A chart's data table. */
export type ChartTable = {columns: string[]; rows: TableCell[][]};

/**
 * A table made the first time it is read: a check builds every chart, and
 * only the charts it draws (those whose stories changed) show their tables.
 */
export function lazyTable(make: () => ChartTable): ChartTable {
  let made: ChartTable | undefined;
  return {
    get columns() {
      return (made ??= make()).columns;
    },
    get rows() {
      return (made ??= make()).rows;
    },
  };
}

/** Everything a chart shows, computed from data: the result of its type's build(). */
export interface ChartModel {
  id: string;
  title: string;
  subtitle: string;
  panels: Panel[];
  /** Notes under the chart: caveats, how sources differ, how figures were derived. */
  notes: string[];
  /** A text alternative generated from the data: what the chart shows and its key numbers. */
  description: string;
  table: ChartTable;
  citations: ChartCitation[];
  /** A hash of everything in data/ the drawing depends on, so a drawing can be reused while it is unchanged. */
  inputKey?: string;
}

/**
 * A chart as an editor writes it: data/charts/<id>.json, with its type, its
 * words and the fields its type reads (`{"type": "bars", "figures": "fares", …}`).
 */
export interface ChartSpec {
  /** From the file name: data/charts/bus-fares.json is the chart "bus-fares". */
  id: string;
  type: string;
  title: string;
  subtitle: string;
  notes: string[];
  /** data/charts/<id>.json, for problems. */
  file: string;
  /** The line of a field in the file (["panels", 1, "figures"]), for problems. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The type's own fields, as validated by its schema. */
  fields: Record<string, unknown>;
}

/** What a chart reads from data/, so the check can name what is missing before anything is drawn. */
export interface Needs {
  figures?: readonly string[];
  timelines?: readonly string[];
  /** Whole files of figures, e.g. data/facts/fares.csv. */
  factFiles?: readonly string[];
  /** Tables in data/datasets/, by name. */
  datasets?: readonly string[];
  /** The spec field these come from, so a problem points at its line. */
  field?: string | readonly PropertyKey[];
}

/** A problem with a spec that only its type can see (figures in different units on one scale). */
export interface SpecProblem {
  /** The field at fault: a name, or a path into the spec (["panels", 0, "part"]). */
  field: string | readonly PropertyKey[];
  message: string;
  fix: string;
}

/**
 * A kind of chart: one file in src/charts/types/, registered in
 * src/charts/index.ts. `fields` is the zod shape of what a spec of this type
 * may say beyond type, title, subtitle and notes; `build` is a pure function
 * from data and a valid spec to everything the chart shows.
 */
export interface ChartType<Fields extends z.ZodRawShape = z.ZodRawShape> {
  /** The name a spec uses: "type": "bars". */
  name: string;
  /** One line on what it draws, for messages and the README. */
  summary: string;
  fields: Fields;
  /** For each field, what a valid value looks like, in an editor's words. */
  help: Record<string, string>;
  needs(fields: z.infer<z.ZodObject<Fields>>): Needs;
  /** Problems only visible once the data is there; called after `needs` are met. */
  validate?(data: Data, fields: z.infer<z.ZodObject<Fields>>): SpecProblem[];
  build(data: Data, spec: ChartSpec & {fields: z.infer<z.ZodObject<Fields>>}): ChartModel;
}

/** Declares a chart type with its fields' types inferred from its schema. */
export function chartType<Fields extends z.ZodRawShape>(type: ChartType<Fields>): ChartType<Fields> {
  return type;
}

/** The figures a chart needs, by id. Call only from `build`, after `needs` were checked. */
export function figuresOf<const K extends string>(data: Data, ids: readonly K[]): Record<K, Figure> {
  return Object.fromEntries(ids.map((id) => [id, data.figures.get(id)!])) as Record<K, Figure>;
}

/** The figures of one file in data/facts/, in row order: for charts that show a whole file. */
export function figuresIn(data: Data, file: string): Figure[] {
  return [...data.figures.values()].filter((figure) => figure.kind === "fact" && figure.file === file);
}
