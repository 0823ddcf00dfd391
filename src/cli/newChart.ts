// npm run new:chart -- some-id: creates a bar chart as data: its spec and words
// in data/charts/<id>.json and, unless it exists, its figures file with the
// provenance columns in data/facts/<id>.csv. No code: a chart is data.
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {factColumns} from "../data/fact.ts";
import {chartSpecsFolder} from "../data/loadChartSpecs.ts";
import {factsFolder} from "../data/loadFacts.ts";
import {projectRoot} from "../lib/paths.ts";

const root = projectRoot();
const id = process.argv[2] ?? "";
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail("Give the chart an id in lower-case words joined by hyphens, e.g.: npm run new:chart -- bus-fares");

const title = id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
const files = {data: `${factsFolder}/${id}.csv`, spec: `${chartSpecsFolder}/${id}.json`};
if (existsSync(join(root, files.spec))) fail(`${files.spec} already exists: choose another id for the new chart.`);
const newData = !existsSync(join(root, files.data));
for (const file of Object.values(files)) mkdirSync(dirname(join(root, file)), {recursive: true});
if (newData) writeFileSync(join(root, files.data), `${[...factColumns.required.slice(0, 3), "value_to", "qualifier", ...factColumns.required.slice(3), "note"].join(",")}\n`);
const spec = {type: "bars", figures: id, title: `TK: ${title}`, subtitle: "TK: one sentence saying what the bars show, and in what unit.", notes: []};
writeFileSync(join(root, files.spec), `${JSON.stringify(spec, null, 2)}\n`);

console.log(`Created the chart "${id}", a bar for each row of ${files.data}:
  ${files.spec}   its type, title, subtitle and notes (replace each TK)
  ${files.data}   ${newData ? "its figures: one row each, with the source id and the exact quote" : "its figures (the file was already there)"}

Next:
  1. ${newData ? `Add rows to ${files.data} (see data/README.md for the columns).` : `Check the rows of ${files.data}: one bar each, all in one unit.`}
  2. Write the title and subtitle in ${files.spec}.
  3. Place it in a story with a line of its own: ::chart{#${id}}
  4. npm run check, then npm run dev to see it.`);
