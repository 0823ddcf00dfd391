// A synthetic newsroom site for the benchmark: made of the same things an
// editor writes (a source article, datasets with a quote on every row, chart
// specs of every dataset type, stories placing them), so a build of it runs the
// real pipeline end to end.
import {cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {sha256} from "../lib/sha256.ts";

/** The dataset chart types, in turn: a synthetic site has charts of each. */
const types = ["columns", "line", "bars", "stacked-bars", "grouped-bars", "dots", "table"] as const;
const years = [2019, 2020, 2021, 2022, 2023, 2024];
const modes = ["Buses", "Trams", "Ferries"];

/** The rows of dataset `n`: journeys by year and mode, each stated by a sentence of the report `source`. */
function dataset(n: number, source: string): {csv: string; sentences: string[]} {
  const rows: string[] = [];
  const sentences: string[] = [];
  for (const mode of modes) {
    for (const year of years) {
      const value = 1000 + ((n * 37 + year * 11 + mode.length * 101) % 9000);
      const sentence = `In district ${n}, ${mode.toLowerCase()} carried ${value.toLocaleString("en-GB")} passengers in ${year}`;
      sentences.push(`${sentence}.`);
      rows.push(`${year},${mode},${value},${source},"${sentence}"`);
    }
  }
  return {csv: `year,mode,passengers,source,quote\n${rows.join("\n")}\n`, sentences};
}

/** The spec of chart `n`, of the type its number gives, over dataset `n`. */
function spec(n: number): Record<string, unknown> {
  const type = types[n % types.length]!;
  const words = {title: `Passengers in district ${n}`, subtitle: "Passengers a year, by mode (synthetic).", notes: []};
  const data = `district-${n}`;
  switch (type) {
    case "columns":
      return {type, data: `${data}-buses`, x: "year", y: "passengers", highlight: ["2024"], ...words};
    case "line":
      return {type, data, x: "year", y: "passengers", series: "mode", ...words};
    case "bars":
      return {type, data: `${data}-buses`, x: "passengers", y: "year", sort: "descending", ...words};
    case "stacked-bars":
      return {type, data, x: "passengers", series: "mode", y: "year", ...words};
    case "grouped-bars":
      return {type, data, x: "passengers", y: "mode", series: "year", ...words};
    case "dots":
      return {type, data, x: "passengers", y: "mode", series: "year", ...words};
    case "table":
      return {type, data, sort: "descending", ...words};
  }
}

/**
 * Writes a project of `charts` charts (one dataset each, plus a buses-only one)
 * and `stories` stories placing them in turn, with the generator's code and a
 * link to its node_modules, in `dir`. With `withCharts: false` there are no
 * charts (no specs, no embeds, no downloads) and the stories place none: the
 * floor, what the pages alone cost.
 */
export function syntheticSite(root: string, dir: string, {charts, stories, withCharts = true}: {charts: number; stories: number; withCharts?: boolean}): void {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of ["package.json", "tsconfig.json", "astro.config.mjs", "src"]) cpSync(join(root, entry), join(dir, entry), {recursive: true});
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  for (const folder of ["content", "seeds", "data/datasets", "data/charts", "data/facts", "data/timelines"]) mkdirSync(join(dir, folder), {recursive: true});
  // Each story has its own source, a report stating its districts' figures, as a newsroom's stories
  // each cite their own documents: no source page grows with the site.
  const perStory = Math.max(1, Math.ceil(charts / stories));
  const reports: string[][] = Array.from({length: stories}, () => ["This report is synthetic test input for the benchmark."]);
  for (let n = 0; n < charts; n++) {
    const story = Math.min(stories - 1, Math.floor(n / perStory));
    const {csv, sentences: said} = dataset(n, `report-${story}`);
    reports[story]!.push(...said);
    writeFileSync(join(dir, `data/datasets/district-${n}.csv`), csv);
    writeFileSync(join(dir, `data/datasets/district-${n}-buses.csv`), csv.split("\n").filter((line, index) => index === 0 || line.includes(",Buses,")).join("\n"));
    writeFileSync(join(dir, `data/datasets/district-${n}.json`), JSON.stringify({columns: {passengers: {unit: "count"}}}));
    writeFileSync(join(dir, `data/datasets/district-${n}-buses.json`), JSON.stringify({columns: {passengers: {unit: "count"}}}));
    if (withCharts) writeFileSync(join(dir, `data/charts/district-${n}.json`), `${JSON.stringify(spec(n), null, 2)}\n`);
  }
  const registry = reports.map((sentences, story) => {
    const article = `${sentences.join(" ")}\n`;
    writeFileSync(join(dir, `seeds/report-${story}.txt`), article);
    return {id: `report-${story}`, file: `report-${story}.txt`, sha256: sha256(article), outlet: "Synthetic", outletNote: "Generated for the benchmark.", title: `Synthetic passengers, report ${story} (benchmark input)`, date: {from: "2025", to: "2025", reasoning: "Generated input."}, covers: "Passengers by district, year and mode."};
  });
  writeFileSync(join(dir, "data/sources.json"), `${JSON.stringify(registry, null, 2)}\n`);
  writeFileSync(join(dir, "data/derived.csv"), "id,label,numerator,denominator,decimals,printed,note\n");
  writeFileSync(join(dir, "data/site.json"), `${JSON.stringify({name: "Benchmark Desk", home: {heading: "Benchmark stories", description: "Synthetic stories for the benchmark."}, credit: "Chart: Benchmark Desk", byline: "By the benchmark", locale: "en-GB", currency: "GBP"}, null, 2)}\n`);
  for (let s = 0; s < stories; s++) {
    const placed = Array.from({length: perStory}, (_, i) => s * perStory + i).filter((n) => n < charts);
    const body = placed.map((n) => `District ${n} in figures.\n\n${withCharts ? `::chart{#district-${n}}\n\n` : ""}`).join("");
    writeFileSync(join(dir, `content/story-${s}.md`), `---\ntitle: "Story ${s}"\ndek: "Synthetic story ${s} for the benchmark."\npublished: 2026-11-22\nsources: [report-${s}]\n---\n\n${body}`);
  }
}

/**
 * A correction to one dataset, as an editor makes it: a value and the words of
 * the source that state it change together (so the source's registered hash
 * does too). Only the charts reading that dataset depend on it.
 */
export function correctOneDataset(dir: string): void {
  const file = join(dir, "data/datasets/district-0.csv");
  const csv = readFileSync(file, "utf8");
  const [header, first, ...rest] = csv.trimEnd().split("\n");
  const [year, mode, value, source, quote] = first!.match(/^(\d+),([^,]+),(\d+),([^,]+),"(.*)"$/)!.slice(1);
  const corrected = String(Number(value) + 1);
  const newQuote = quote!.replace(Number(value).toLocaleString("en-GB"), Number(corrected).toLocaleString("en-GB"));
  writeFileSync(file, `${[header, `${year},${mode},${corrected},${source},"${newQuote}"`, ...rest].join("\n")}\n`);
  // The buses-only table repeats the row: it is corrected too, as the same figure.
  const buses = join(dir, "data/datasets/district-0-buses.csv");
  writeFileSync(buses, readFileSync(buses, "utf8").replace(first!, `${year},${mode},${corrected},${source},"${newQuote}"`));
  const seed = join(dir, `seeds/${source}.txt`);
  const article = readFileSync(seed, "utf8").replace(`${quote}.`, `${newQuote}.`);
  writeFileSync(seed, article);
  const registry = JSON.parse(readFileSync(join(dir, "data/sources.json"), "utf8")) as {id: string; sha256: string}[];
  registry.find((entry) => entry.id === source)!.sha256 = sha256(article);
  writeFileSync(join(dir, "data/sources.json"), `${JSON.stringify(registry, null, 2)}\n`);
}
