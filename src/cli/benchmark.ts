// npm run bench: prints what the site costs to build and to load. Numbers, not
// assertions: compare runs by eye. Page weights need a built dist/ (npm run build).
import {spawn, spawnSync} from "node:child_process";
import {existsSync, readFileSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {brotliCompressSync, gzipSync} from "node:zlib";
import {chartTypes} from "../charts/index.ts";
import {loadData} from "../data/loadData.ts";
import {projectRoot} from "../lib/paths.ts";
import {writesDone} from "../lib/writeWhole.ts";
import * as Plot from "@observablehq/plot";
import {JSDOM} from "jsdom";
import {layouts, renderChart} from "../render/renderChart.ts";
import {resultsFolder} from "../lib/resultMemo.ts";
import {pageCopies} from "../integration/keptPages.ts";
import {chartCacheFolder, readSite} from "../site.ts";
import {correctOneDataset, syntheticSite} from "./syntheticSite.ts";

const root = projectRoot();
const args = process.argv.slice(2);
const time = (runs: number, f: () => unknown) => {
  f();
  const start = performance.now();
  for (let i = 0; i < runs; i++) f();
  return (performance.now() - start) / runs;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Builds and draws every chart of a content root, printing each one's time; returns the median. */
function benchCharts(folder: string, label: string): number {
  const data = loadData(folder);
  const times = [...data.chartSpecs.values()].map((spec) => {
    const type = chartTypes.get(spec.type)!;
    const svgs = renderChart(type.build(data, spec));
    const bytes = svgs.reduce((n, p) => n + p.narrow.length + p.wide.length, 0);
    const ms = time(20, () => renderChart(type.build(data, spec)));
    console.log(`  ${spec.id} (${spec.type}): ${ms.toFixed(1)} ms for ${svgs.length * 2} SVGs, ${kb(bytes)}`);
    return ms;
  });
  console.log(`${label}: median ${median(times).toFixed(1)} ms to build and draw one chart (${times.length} charts, both layouts)`);
  return median(times);
}

/** The p-th percentile (0 to 1) of some numbers. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

/**
 * Each chart of a site built from its spec and drawn in both layouts, one at a
 * time (no cache): the median and 95th percentile, and the naive way for a
 * sample (a fresh jsdom document per drawing, Plot's default).
 */
function chartTimes(dir: string): {medianChartMs: number; p95ChartMs: number; naiveMedianChartMs: number} {
  const data = loadData(dir);
  const specs = [...data.chartSpecs.values()];
  const models = specs.map((spec) => chartTypes.get(spec.type)!.build(data, spec));
  for (const model of models.slice(0, 5)) renderChart(model); // warm up the code paths
  const times = models.map((model) => {
    const start = performance.now();
    renderChart(model);
    return performance.now() - start;
  });
  const naive = models.slice(0, 60).map((model) => {
    const start = performance.now();
    for (const panel of model.panels) {
      for (const width of Object.values(layouts)) {
        const {document} = new JSDOM("<!doctype html><body></body>").window;
        (Plot.plot({...panel.plot(width), document}) as unknown as Element).outerHTML;
      }
    }
    return performance.now() - start;
  });
  return {medianChartMs: median(times), p95ChartMs: percentile(times, 0.95), naiveMedianChartMs: median(naive)};
}

/**
 * How long the dev server takes to show an edit: it is started on the site and
 * serves a story page; then one dataset is corrected, and the page is asked for
 * until it shows the change. Seconds from the edit to the changed page, the
 * median of three edits.
 */
async function devEditSeconds(dir: string, port: number): Promise<number> {
  const server = spawn("npm", ["run", "--silent", "dev", "--", "--port", String(port), "--host", "127.0.0.1"], {cwd: dir, env: {...process.env, FORCE_COLOR: "0"}, stdio: "ignore", detached: true});
  const page = async () => {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/story-0/`);
        if (response.ok) return await response.text();
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  try {
    const times: number[] = [];
    for (let edit = 0; edit < 3; edit++) {
      const before = await page();
      const start = performance.now();
      correctOneDataset(dir);
      while ((await page()) === before) await new Promise((resolve) => setTimeout(resolve, 20));
      times.push((performance.now() - start) / 1000);
    }
    return median(times);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

/**
 * `npm run bench -- --sites`: synthetic sites built the way `npm run build`
 * builds, at 30, 300 and 3,000 charts (`--quick`: 30 and 300): a cold build,
 * then the check and a rebuild after one dataset is corrected, the same pages
 * with the charts left out (the floor), the dev server's time to show an edit,
 * peak memory, page weight and chart render times. `--json` prints one JSON
 * object per size. Numbers only; nothing is asserted.
 */
/** A number for the table, or a dash where it was not measured. */
const fixed = (value: number, digits: number) => (Number.isNaN(value) ? "–" : value.toFixed(digits));

async function benchSites(sizes: readonly number[], json: boolean, quick = false): Promise<void> {
  const run = (dir: string, script: string) => {
    const start = performance.now();
    // A build of thousands of pages logs more than spawnSync keeps by default (1 MB).
    const result = spawnSync("/usr/bin/time", ["-f", "%M", "npm", "run", "--silent", script], {cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, env: {...process.env, FORCE_COLOR: "0"}});
    if (result.status !== 0) throw new Error(`${script} failed in ${dir}:\n${result.stdout}${result.stderr}`);
    const peakKb = Number(result.stderr.trim().split("\n").at(-1));
    return {seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024};
  };
  const htmlFiles = (dist: string): string[] => readdirSync(dist, {recursive: true, encoding: "utf8"}).filter((file) => file.endsWith(".html"));
  if (!json) console.log("charts  pages  check s (after a correction)  cold s  rebuild s  rebuild/cold  floor s  cold/floor  median ms  p95 ms  naive ms  naive/median  peak MB  dev edit s  story page (raw, gzip)  largest page");
  for (const charts of sizes) {
    const stories = Math.max(1, Math.round(charts / 3));
    const dir = join(tmpdir(), `bench-site-${charts}`);
    syntheticSite(root, dir, {charts, stories});
    // The check of a site never built (nothing drawn yet), then a cold build; then an editor's
    // correction to one dataset, checked and built again (what a newsroom does many times a day).
    const coldCheck = quick ? {seconds: Number.NaN, peakMb: 0} : run(dir, "check");
    // A cold build draws every chart, checks everything and renders every page: what the check drew and kept,
    // and the pages an earlier run of the bench left, are forgotten first.
    for (const kept of [chartCacheFolder, resultsFolder, ...pageCopies]) rmSync(join(dir, kept), {recursive: true, force: true});
    const cold = run(dir, "build");
    const pages = htmlFiles(join(dir, "dist")).length;
    const storyPage = readFileSync(join(dir, "dist/story-0/index.html"));
    // The largest page of all (lists included): what shows whether any page grows with the site.
    const [largestPage, largestPageBytes] = htmlFiles(join(dir, "dist")).map((file) => [`/${file.replace(/index\.html$/, "")}`, statSync(join(dir, "dist", file)).size] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
    correctOneDataset(dir);
    const check = run(dir, "check");
    const warm = run(dir, "build");
    // --quick (in under a minute) measures the floor at its largest size only, and neither the check of a
    // never-built site nor the dev server.
    const full = !quick || charts === sizes.at(-1);
    const floorDir = join(tmpdir(), `bench-floor-${charts}`);
    if (full) syntheticSite(root, floorDir, {charts, stories, withCharts: false});
    const floor = full ? run(floorDir, "build") : {seconds: Number.NaN};
    const renders = chartTimes(dir);
    const devEdit = quick ? Number.NaN : await devEditSeconds(dir, 4400 + charts % 1000);
    const result = {
      charts, pages,
      coldSeconds: +cold.seconds.toFixed(1), warmSeconds: +warm.seconds.toFixed(1), checkSeconds: +check.seconds.toFixed(1),
      medianChartMs: +renders.medianChartMs.toFixed(2), p95ChartMs: +renders.p95ChartMs.toFixed(2),
      peakRssMb: Math.round(Math.max(coldCheck.peakMb, check.peakMb, cold.peakMb, warm.peakMb)),
      floorSeconds: +floor.seconds.toFixed(1), naiveMedianChartMs: +renders.naiveMedianChartMs.toFixed(2),
      storyPageBytes: storyPage.length, storyPageGzipBytes: gzipSync(storyPage, {level: 9}).length, largestPage, largestPageBytes,
      coldCheckSeconds: +coldCheck.seconds.toFixed(1), devEditSeconds: +devEdit.toFixed(2),
    };
    if (json) console.log(JSON.stringify(result));
    else console.log([String(charts).padStart(6), String(pages).padStart(5), result.checkSeconds.toFixed(1).padStart(26), result.coldSeconds.toFixed(1).padStart(6), result.warmSeconds.toFixed(1).padStart(9), `${((100 * result.warmSeconds) / result.coldSeconds).toFixed(1)}%`.padStart(12), fixed(result.floorSeconds, 1).padStart(7), fixed(result.coldSeconds / result.floorSeconds, 2).padStart(10), result.medianChartMs.toFixed(1).padStart(9), result.p95ChartMs.toFixed(1).padStart(6), result.naiveMedianChartMs.toFixed(1).padStart(8), (result.naiveMedianChartMs / result.medianChartMs).toFixed(1).padStart(12), String(result.peakRssMb).padStart(7), fixed(result.devEditSeconds, 2).padStart(10), `  ${kb(result.storyPageBytes)}, ${kb(result.storyPageGzipBytes)}`, `  ${kb(result.largestPageBytes)} (${result.largestPage})`].join("  "));
  }
}
if (args.includes("--sites") || args.includes("--quick") || args.includes("--json")) {
  await benchSites(args.includes("--quick") ? [30, 300] : [30, 300, 3000], args.includes("--json"), args.includes("--quick") && !args.includes("--json"));
  await writesDone();
  process.exit(0);
}

console.log(`Node ${process.version}`);
console.log(`load and verify data (sources, quotes, figures): ${time(20, () => loadData(root)).toFixed(1)} ms`);
console.log("charts of this site:");
benchCharts(root, "this site");
// The generator's test site has a chart of every type, so this line covers all of them.
const fixture = join(root, "tests/fixtures/site");
if (existsSync(fixture)) {
  console.log("charts of the test site (every type):");
  benchCharts(fixture, "every type");
}
console.log(`whole site, cold (data, stories, charts): ${time(5, () => readSite(root)).toFixed(1)} ms`);

const dist = join(root, "dist");
if (existsSync(dist)) {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const file of walk(dist).filter((f) => /\.(html|css|js)$/.test(f)).sort()) {
    const body = readFileSync(file);
    console.log(`${file.slice(dist.length)}: ${kb(body.length)} raw, ${kb(gzipSync(body, {level: 9}).length)} gzip, ${kb(brotliCompressSync(body).length)} brotli`);
  }
} else console.log("dist/ not built: run npm run build for page weights");
