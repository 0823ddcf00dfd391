// npm run bench: prints what the site costs to build and to load. Numbers, not
// assertions: compare runs by eye. Page weights need a built dist/ (npm run build).
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {brotliCompressSync, gzipSync} from "node:zlib";
import {chartTypes} from "../charts/index.ts";
import {loadData} from "../data/loadData.ts";
import {projectRoot} from "../lib/paths.ts";
import {renderChart} from "../render/renderChart.ts";
import {readSite} from "../site.ts";
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

/**
 * `npm run bench -- --sites`: synthetic sites built the way `npm run build`
 * builds, at 30 and 300 charts: the check, a cold build, and a warm rebuild
 * after one dataset is corrected. Numbers only; nothing is asserted.
 */
function benchSites(sizes: readonly number[]): void {
  const run = (dir: string, script: string) => {
    const start = performance.now();
    const result = spawnSync("/usr/bin/time", ["-f", "%M", "npm", "run", "--silent", script], {cwd: dir, encoding: "utf8", env: {...process.env, FORCE_COLOR: "0"}});
    if (result.status !== 0) throw new Error(`${script} failed in ${dir}:\n${result.stdout}${result.stderr}`);
    const peakKb = Number(result.stderr.trim().split("\n").at(-1));
    return {seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024};
  };
  console.log("charts  stories  check s  cold build s  warm rebuild s  peak MB");
  for (const charts of sizes) {
    const dir = join(tmpdir(), `bench-site-${charts}`);
    syntheticSite(root, dir, {charts, stories: Math.max(1, Math.round(charts / 3))});
    const check = run(dir, "check");
    const cold = run(dir, "build");
    correctOneDataset(dir);
    const warm = run(dir, "build");
    console.log(`${String(charts).padStart(6)}  ${String(Math.max(1, Math.round(charts / 3))).padStart(7)}  ${check.seconds.toFixed(1).padStart(7)}  ${cold.seconds.toFixed(1).padStart(12)}  ${warm.seconds.toFixed(1).padStart(14)}  ${Math.max(check.peakMb, cold.peakMb, warm.peakMb).toFixed(0).padStart(7)}`);
  }
}
if (args.includes("--sites")) {
  benchSites([30, 300]);
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
