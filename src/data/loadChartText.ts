import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import {locate} from "../lib/locate.ts";
import type {Problems} from "../lib/problem.ts";
import {zodProblems} from "../lib/zodProblems.ts";

export const chartTextFolder = "data/charts";

const chartTextSchema = z.strictObject({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
});

/** The words around a chart that an editor writes: for charts made with npm run new:chart. */
export type ChartText = z.infer<typeof chartTextSchema>;

const help: Record<string, string> = {
  title: "the chart's headline: what the reader should take from it",
  subtitle: "one sentence saying what is shown and in what unit",
  notes: "a list of short notes: caveats, how sources differ",
};

/** Reads data/charts/<chart-id>.json, one file per chart, by chart id. */
export function loadChartText(root: string, problems: Problems): Map<string, ChartText> {
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
      continue;
    }
    const parsed = chartTextSchema.safeParse(json, {reportInput: true});
    if (!parsed.success) {
      problems.list.push(...zodProblems(parsed.error, json, file, (path) => locate(text, path), help, Object.keys(help)));
      continue;
    }
    texts.set(name.replace(/\.json$/, ""), parsed.data);
  }
  return texts;
}
