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

console.log(`Node ${process.version}`);
console.log(`load and verify data (sources, quotes, figures): ${time(20, () => loadData(root)).toFixed(1)} ms`);
const data = loadData(root);
for (const spec of data.chartSpecs.values()) {
  const type = chartTypes.get(spec.type)!;
  const svgs = renderChart(type.build(data, spec));
  const bytes = svgs.reduce((n, p) => n + p.narrow.length + p.wide.length, 0);
  console.log(`chart ${spec.id} (${spec.type}): ${time(20, () => renderChart(type.build(data, spec))).toFixed(1)} ms for ${svgs.length * 2} SVGs, ${kb(bytes)}`);
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
