import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import type {ChartSpec, ChartType} from "../charts/chart.ts";
import {chartTypes} from "../charts/index.ts";
import {locate} from "../lib/locate.ts";
import {parseJson} from "../lib/parseJson.ts";
import {Problems, type Problem} from "../lib/problem.ts";
import {processShared} from "../lib/processShared.ts";
import {notingAdds, ReadLog} from "../lib/readLog.ts";
import {stampOf} from "../lib/stampOf.ts";
import {readText} from "../lib/readText.ts";
import {didYouMean} from "../lib/suggest.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import {figureToken} from "./fillFigures.ts";

export const chartSpecsFolder = "data/charts";

/** What every chart has, whatever its type: the words an editor writes around it. */
const common = {
  type: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
};

const commonHelp: Record<string, string> = {
  type: "the kind of chart",
  title: "the chart's headline: what the reader should take from it",
  subtitle: "one sentence saying what is shown and in what unit",
  notes: "a list of short notes: caveats, how sources differ",
};

// One schema per type, made once: zod compiles each schema it is given, and a site has thousands of specs.
const schemas = new Map<ChartType, z.ZodObject>();
const schemaOf = (type: ChartType) => {
  let schema = schemas.get(type);
  if (!schema) schemas.set(type, (schema = z.strictObject({...common, ...type.fields})));
  return schema;
};

/** The list of chart types for a message: "bars (…), timeline (…)". */
function typeList(): string {
  return [...chartTypes.values()].map((type) => `${type.name} (${type.summary})`).join("; ");
}

/**
 * Reads data/charts/<id>.json, one chart per file: its type, its words and its
 * type's fields, each checked against the type's schema. A file with problems
 * is remembered as broken, so the stories that place it are not reported too.
 */
export function loadChartSpecs(root: string, problems: Problems, figureIds: ReadonlySet<string>, broken: Set<string>): Map<string, ChartSpec> {
  const specs = new Map<string, ChartSpec>();
  const folder = join(root, chartSpecsFolder);
  if (!existsSync(folder)) return specs;
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) {
    // A spec file unchanged since its last load in this process (the dev server's reload), whose
    // {fig:} tokens name figures that are there or not as before (its ReadLog), is not read and checked again.
    const path = join(root, chartSpecsFolder, name);
    const stamp = stampOf(path);
    const last = loads.get(path);
    if (last && last.stamp === stamp && last.reads.holds({figureIds})) {
      problems.list.push(...last.problems);
      for (const id of last.added) broken.add(id);
      if (last.spec) specs.set(last.spec.id, last.spec);
      continue;
    }
    const own = new Problems();
    const added = new Set<string>();
    const reads = new ReadLog();
    const spec = loadSpec(root, name, own, reads.set("figureIds", figureIds), notingAdds(broken, added));
    // Only a spec without problems is kept: a problem's suggestions may depend on anything in data/.
    if (own.size) loads.delete(path);
    else loads.set(path, {stamp, reads, problems: own.list, added: [...added], spec});
    problems.list.push(...own.list);
    if (spec) specs.set(spec.id, spec);
  }
  return specs;
}

const loads = processShared("chartSpecLoads", () => new Map<string, {stamp: string; reads: ReadLog; problems: Problem[]; added: string[]; spec?: ChartSpec}>());

/** One chart spec read and checked against its type's schema, or undefined when it has problems. */
function loadSpec(root: string, name: string, problems: Problems, figureIds: ReadonlySet<string>, broken: Set<string>): ChartSpec | undefined {
  const file = `${chartSpecsFolder}/${name}`;
  const id = name.replace(/\.json$/, "");
  const fail = (problem: {line?: number; column?: number; message: string; fix: string}) => {
    problems.add({file, ...problem});
    broken.add(file);
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    fail({message: `the file name "${name}" cannot be a chart id`, fix: "name charts in lower-case words joined by hyphens, e.g. bus-fares.json"});
    return undefined;
  }
  const text = readText(root, file, problems);
  if (text === undefined) {
    broken.add(file);
    return undefined;
  }
  const {json, problem} = parseJson(text, file);
  if (problem) {
    fail(problem);
    return undefined;
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    fail({line: 1, message: "a chart is a group of fields between { and }", fix: `write {"type": "bars", "title": "…", "subtitle": "…", …}`});
    return undefined;
  }
  const where = (path: readonly PropertyKey[]) => locate(text, path);
  const typeName = (json as {type?: unknown}).type;
  const type = typeof typeName === "string" ? chartTypes.get(typeName) : undefined;
  if (!type) {
    const guess = typeof typeName === "string" ? didYouMean(typeName, [...chartTypes.keys()]) : "";
    fail({
      ...where(["type"]),
      message: typeName === undefined ? "the chart has no type" : `unknown chart type "${String(typeName)}"`,
      fix: guess ? `${guess} The types are: ${typeList()}` : `add "type" with one of: ${typeList()}`,
    });
    return undefined;
  }
  const schema = schemaOf(type);
  const parsed = schema.safeParse(json, {reportInput: true});
  if (!parsed.success) {
    problems.list.push(...zodProblems(parsed.error, json, file, where, {...commonHelp, ...type.help}, Object.keys(schema.shape)));
    broken.add(file);
    return undefined;
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
  if (problems.size > before) {
    broken.add(file);
    return undefined;
  }
  const {type: _, title, subtitle, notes, ...fields} = parsed.data as z.infer<z.ZodObject<typeof common>> & Record<string, unknown>;
  return {id, type: type.name, title, subtitle, notes, file, lineOf: (path) => where(path).line, fields};
}
