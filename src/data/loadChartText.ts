import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import {locate} from "../lib/locate.ts";
import type {Problems} from "../lib/problem.ts";
import {didYouMean} from "../lib/suggest.ts";
import {zodProblems} from "../lib/zodProblems.ts";

export const chartTextFolder = "data/charts";

const chartTextSchema = z.strictObject({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
});

/** The words around a chart that an editor writes; `{fig:id}` in them prints a figure from data/. */
export type ChartText = z.infer<typeof chartTextSchema>;

const figureToken = /\{fig:([^}]*)\}/g;

/** The text with each `{fig:id}` replaced by `format(id)`. */
export function fillFigures(text: string, format: (id: string) => string): string {
  return text.replace(figureToken, (_, id: string) => format(id));
}

const help: Record<string, string> = {
  title: "the chart's headline: what the reader should take from it",
  subtitle: "one sentence saying what is shown and in what unit",
  notes: "a list of short notes: caveats, how sources differ",
};

/** Reads data/charts/<chart-id>.json, one file per chart, by chart id. */
export function loadChartText(root: string, problems: Problems, figureIds: ReadonlySet<string>, broken: Set<string>): Map<string, ChartText> {
  const texts = new Map<string, ChartText>();
  const folder = join(root, chartTextFolder);
  if (!existsSync(folder)) return texts;
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) {
    const file = `${chartTextFolder}/${name}`;
    const text = readFileSync(join(folder, name), "utf8");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.add({file, message: `is not valid JSON: ${(error as Error).message}`, fix: "check the commas, quotes and brackets; every text is in double quotes"});
      broken.add(file);
      continue;
    }
    const parsed = chartTextSchema.safeParse(json, {reportInput: true});
    if (!parsed.success) {
      problems.list.push(...zodProblems(parsed.error, json, file, (path) => locate(text, path), help, Object.keys(help)));
      broken.add(file);
      continue;
    }
    // Every {fig:id} must name a figure, or the chart would print a hole.
    const before = problems.size;
    text.split("\n").forEach((line, index) => {
      for (const match of line.matchAll(figureToken)) {
        if (figureIds.has(match[1]!)) continue;
        const guess = didYouMean(match[1]!, [...figureIds]);
        problems.add({file, line: index + 1, column: match.index + 1, message: `there is no figure "${match[1]}" in data/`, fix: guess ? `${guess} Write {fig:${guess.match(/"(.+)"/)?.[1]}}` : "write {fig:id} with the id of a row in data/facts/ or data/derived.csv"});
      }
    });
    if (problems.size > before) broken.add(file);
    else texts.set(name.replace(/\.json$/, ""), parsed.data);
  }
  return texts;
}
