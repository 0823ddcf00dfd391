import type {Node} from "unist";
import type {ChartModel} from "../charts/chart.ts";
import type {Data, Figure} from "../data/loadData.ts";
import type {Problems} from "../lib/problem.ts";
import type {Heading} from "../rehype/rehypeHeadings.ts";

/** What the remark plugins share while rendering one story. */
export interface StoryContext {
  /** The story's path relative to the project root, for problems. */
  file: string;
  data: Data;
  /** The site's charts, drawn from data/charts/ (a chart with problems is absent). */
  models: ReadonlyMap<string, ChartModel>;
  problems: Problems;
  /** Figures cited inline, in order of first citation, with how often. */
  cited: Map<string, {figure: Figure; count: number}>;
  /** Quotes of sources used in the prose. */
  quotes: {source: string; quote: string}[];
  /** Ids of the charts placed, in order. */
  charts: string[];
  /** The story's section headings, for its table of contents. */
  headings: Heading[];
  /** Site-internal links, checked once every page is known. */
  links: {url: string; line?: number; column?: number}[];
}

/** A fresh context for rendering one story. */
export function storyContext(file: string, data: Data, models: ReadonlyMap<string, ChartModel>, problems: Problems): StoryContext {
  return {file, data, models, problems, cited: new Map(), quotes: [], charts: [], headings: [], links: []};
}

/** The problem location of a Markdown node: its line and column in the story file. */
export function at(node: Node): {line?: number; column?: number} {
  const start = node.position?.start;
  return start ? {line: start.line, column: start.column} : {};
}
