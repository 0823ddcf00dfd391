// npm run bench: prints what the site costs to build and to load. Numbers, not
// assertions: compare runs by eye. Page weights need a built dist/ (npm run build).
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {brotliCompressSync, gzipSync} from "node:zlib";
import {chartTypes} from "../charts/index.ts";
import {loadData} from "../data/loadData.ts";
import {projectRoot} from "../lib/paths.ts";
import {renderChart} from "../render/renderChart.ts";
import {readSite} from "../site.ts";

const root = projectRoot();
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
