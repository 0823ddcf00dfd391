import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {PngPool} from "../embed/pngPool.ts";
import {pngMaker} from "../embed/rasterise.ts";
import {standaloneSvg} from "../embed/standaloneSvg.ts";
import {plural} from "../lib/plural.ts";
import {activeChartCache} from "../render/renderChart.ts";
import {loadSite} from "../site.ts";

const scale = 2;

/**
 * Each chart's PNG download (`/downloads/<id>.png`, its standalone SVG at 2x),
 * drawn by worker threads from the moment the check has passed, while Astro
 * bundles and writes the pages on the main thread; written into the build
 * before it is published. A PNG whose SVG is unchanged since an earlier build
 * is read from the render cache. (The dev server draws them on request.)
 */
export function pngDownloads(): AstroIntegration {
  let pool: PngPool | undefined;
  let jobs: Promise<{id: string; png: Buffer}>[] = [];
  let drawn = 0;
  return {
    name: "png-downloads",
    hooks: {
      "astro:build:start": () => {
        // Runs after the check (content-check comes first), which stops the build on any problem.
        const site = loadSite();
        const cache = activeChartCache();
        jobs = [...site.charts.values()].map((model) => {
          const {svg} = standaloneSvg(model, site.data);
          const kept = cache?.readBytes(svg, pngMaker(scale));
          if (kept) return Promise.resolve({id: model.id, png: kept});
          drawn++;
          pool ??= new PngPool();
          return pool.render(svg, scale).then((png) => {
            cache?.writeBytes(svg, pngMaker(scale), png);
            return {id: model.id, png};
          });
        });
        // A failure is reported when the build collects the files, not as an unhandled rejection before.
        for (const job of jobs) job.catch(() => undefined);
      },
      "astro:build:done": async ({dir, logger}) => {
        try {
          const folder = join(fileURLToPath(dir), "downloads");
          mkdirSync(folder, {recursive: true});
          for (const {id, png} of await Promise.all(jobs)) writeFileSync(join(folder, `${id}.png`), png);
          logger.info(`wrote ${plural(jobs.length, "PNG download")} (${drawn} drawn, ${jobs.length - drawn} unchanged since an earlier build)`);
        } finally {
          await pool?.close();
        }
      },
    },
  };
}
