import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import type {ChartModel} from "../charts/chart.ts";
import {PngPool} from "../embed/pngPool.ts";
import {pngMaker} from "../embed/rasterise.ts";
import {standaloneSvg} from "../embed/standaloneSvg.ts";
import {plural} from "../lib/plural.ts";
import {activeChartCache} from "../render/renderChart.ts";
import {loadSite} from "../site.ts";

const maker = pngMaker(2);

/**
 * Each chart's PNG download (`/downloads/<id>.png`, its standalone SVG at 2x).
 * Those not kept from an earlier build are drawn by worker threads from the
 * moment the check has passed, while Astro bundles and writes the pages on the
 * main thread; each is kept in the render cache as it is done (not held in
 * memory), and all are written into the build before it is published. (The dev
 * server draws them on request.)
 */
export function pngDownloads(): AstroIntegration {
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
    name: "png-downloads",
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
          const folder = join(fileURLToPath(dir), "downloads");
          mkdirSync(folder, {recursive: true});
          let redrawn = 0;
          for (const model of models) {
            const {svg} = standaloneSvg(model, site.data);
            // In memory (no cache), or kept in the cache (now or by an earlier build) and checked against its hash.
            let png = (await drawing.get(model.id)) ?? cache?.readBytes(svg, maker);
            // Missing or damaged since the build started: drawn again.
            if (!png) {
              redrawn++;
              png = (await draw(svg)) ?? cache?.readBytes(svg, maker);
            }
            if (!png) throw new Error(`the PNG of chart "${model.id}" could not be kept in ${cache ? "the render cache" : "memory"}`);
            writeFileSync(join(folder, `${model.id}.png`), png);
          }
          const drawn = drawing.size + redrawn;
          logger.info(`wrote ${plural(models.length, "PNG download")} (${drawn} drawn, ${models.length - drawn} unchanged since an earlier build)`);
        } finally {
          await pool?.close();
        }
      },
    },
  };
}
