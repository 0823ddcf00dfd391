import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import type {ChartModel} from "../charts/chart.ts";
import {oembed} from "../embed/oembed.ts";
import {PngPool} from "../embed/pngPool.ts";
import {pngMaker} from "../embed/rasterise.ts";
import {standaloneSvg} from "../embed/standaloneSvg.ts";
import {toCsv} from "../embed/toCsv.ts";
import {plural} from "../lib/plural.ts";
import {activeChartCache} from "../render/renderChart.ts";
import {loadSite} from "../site.ts";

const maker = pngMaker(2);

/**
 * Each chart's files besides its embed page: its data (`/downloads/<id>.csv`),
 * standalone SVG and PNG (`.svg`, `.png`, the SVG at 2x) and oEmbed document
 * (`/embed/<id>/oembed.json`), written straight into the build rather than as
 * thousands of Astro routes. PNGs not kept from an earlier build are drawn by
 * worker threads from the moment the check has passed, while Astro bundles and
 * writes the pages on the main thread; each is kept in the render cache as it
 * is done (not held in memory). All are written before the build is published.
 * (The dev server makes each file on request, from the same functions.)
 */
export function chartFiles(): AstroIntegration {
  let pool: PngPool | undefined;
  let models: ChartModel[] = [];
  const drawing = new Map<string, Promise<Buffer | undefined>>();
  const draw = (svg: string) => {
    pool ??= new PngPool();
    const cache = activeChartCache();
    return pool.render(svg, 2).then((png) => {
      if (!cache) return png;
      cache.writeBytes(svg, maker, png);
      return undefined;
    });
  };
  return {
    name: "chart-files",
    hooks: {
      "astro:build:start": () => {
        // Runs after the check (content-check comes first), which stops the build on any problem.
        const site = loadSite();
        const cache = activeChartCache();
        models = [...site.charts.values()];
        for (const model of models) {
          const {svg} = standaloneSvg(model, site.data);
          if (cache && existsSync(cache.bytesFile(svg, maker))) continue;
          const job = draw(svg);
          // A failure is reported when the build collects the files, not as an unhandled rejection before.
          job.catch(() => undefined);
          drawing.set(model.id, job);
        }
      },
      "astro:build:done": async ({dir, logger}) => {
        try {
          const site = loadSite();
          const cache = activeChartCache();
          const root = fileURLToPath(dir);
          mkdirSync(join(root, "downloads"), {recursive: true});
          let redrawn = 0;
          for (const model of models) {
            const {svg} = standaloneSvg(model, site.data);
            const file = (name: string) => join(root, "downloads", `${model.id}.${name}`);
            writeFileSync(file("csv"), toCsv(model));
            writeFileSync(file("svg"), svg);
            mkdirSync(join(root, "embed", model.id), {recursive: true});
            writeFileSync(join(root, "embed", model.id, "oembed.json"), JSON.stringify(oembed(model, site.data), null, 2));
            // In memory (no cache), or kept in the cache (now or by an earlier build) and checked against its hash.
            let png = (await drawing.get(model.id)) ?? cache?.readBytes(svg, maker);
            // Missing or damaged since the build started: drawn again.
            if (!png) {
              redrawn++;
              png = (await draw(svg)) ?? cache?.readBytes(svg, maker);
            }
            if (!png) throw new Error(`the PNG of chart "${model.id}" could not be kept in ${cache ? "the render cache" : "memory"}`);
            writeFileSync(file("png"), png);
          }
          const drawn = drawing.size + redrawn;
          logger.info(`wrote the downloads and oEmbed documents of ${plural(models.length, "chart")} (PNGs: ${drawn} drawn, ${models.length - drawn} unchanged since an earlier build)`);
        } finally {
          await pool?.close();
        }
      },
    },
  };
}
