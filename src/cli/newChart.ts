// npm run new:chart -- some-id: creates a chart module, its data file with the
// provenance columns, a snapshot test, and registers the chart.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {chartFile, chartModuleName} from "../charts/buildChart.ts";
import {factColumns} from "../data/fact.ts";
import {projectRoot} from "../lib/paths.ts";

const root = projectRoot();
const id = process.argv[2] ?? "";
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) fail(`Give the chart an id in lower-case words joined by hyphens, e.g.: npm run new:chart -- officer-numbers`);

const name = chartModuleName(id);
const title = id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
const files = {module: chartFile(id), data: `data/facts/${id}.csv`, text: `data/charts/${id}.json`, test: `tests/charts/${name}.test.ts`};
for (const file of Object.values(files)) if (existsSync(join(root, file))) fail(`${file} already exists: choose another id for the new chart.`);

const template = (file: string) => readFileSync(join(import.meta.dirname, "templates", file), "utf8").replaceAll("__ID__", id).replaceAll("__NAME__", name).replaceAll("__TITLE__", title);
for (const file of Object.values(files)) mkdirSync(dirname(join(root, file)), {recursive: true});
writeFileSync(join(root, files.module), template("chart.ts.txt"));
writeFileSync(join(root, files.test), template("chart.test.ts.txt"));
writeFileSync(join(root, files.data), `${[...factColumns.required.slice(0, 3), "value_to", "qualifier", ...factColumns.required.slice(3), "note"].join(",")}\n`);
writeFileSync(join(root, files.text), `${JSON.stringify({title: `TK: ${title}`, subtitle: "TK: one sentence saying what the bars show, and in what unit.", notes: []}, null, 2)}\n`);

// Register: an import, and the chart in the list of charts.
const indexPath = join(root, "src/charts/index.ts");
const index = readFileSync(indexPath, "utf8");
const registered = index
  .replace(/(import type \{ChartModule\} from "\.\/chart\.ts";\n)/, `$1import {${name}} from "./${name}.ts";\n`)
  .replace(/\]\.map\(\(chart\) => \[chart\.id, chart\]\)/, `, ${name}].map((chart) => [chart.id, chart])`);
if (registered === index) fail("Could not register the chart in src/charts/index.ts: add it to the list there by hand.");
writeFileSync(indexPath, registered);

console.log(`Created the chart "${id}", a bar for each row of its data file:
  ${files.data}   its figures: one row each, with the source id and the exact quote
  ${files.text}   its title, subtitle and notes (replace each TK)
  ${files.module}   the code that draws it (no need to touch)
  ${files.test}   its snapshot test
and registered it in src/charts/index.ts.

Next:
  1. Add rows to ${files.data} (see data/README.md for the columns).
  2. Write the title and subtitle in ${files.text}.
  3. Place it in a story with a line of its own: ::chart{#${id}}
  4. npm run check, then npm run dev to see it.
  5. npm test once: it draws the chart's snapshots into tests/output/charts/; commit them with the rest.`);
