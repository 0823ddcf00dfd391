import {existsSync, readdirSync, renameSync, rmSync} from "node:fs";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {projectRoot} from "../lib/paths.ts";
import {plural} from "../lib/plural.ts";
import {activeChartCache} from "../render/renderChart.ts";
import {writesDone} from "../lib/writeWhole.ts";
import {backgroundWork, forgetBackgroundWork} from "./beforePublish.ts";
import {notePublishedPages} from "./keptPages.ts";

/** Where a build is written before it is published: inside the project, so the last step is a rename. */
export const stagingFolder = ".astro/next-dist";

/** Where the last good build is: what a web server serves. */
export const publishedFolder = "dist";

/** Deletes a folder in the background; what is left when the process ends is deleted by the next build. */
function discard(folder: string): void {
  rm(folder, {recursive: true, force: true}).catch(() => undefined);
}

/**
 * Publishes a build only when all of it succeeded. Astro writes into
 * `stagingFolder`; this integration, the last to run once every page and
 * every other integration's files (headers, downloads, the search index) are written, swaps it
 * into dist/ with two renames. A build that fails at any earlier stage never
 * reaches here, and dist/ keeps the last good site, byte for byte.
 */
export function publishBuild(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "publish-build",
    hooks: {
      "astro:config:done": ({config}) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => {
        // A failed build's leftovers never mix into the next.
        forgetBackgroundWork();
        rmSync(join(projectRoot(), stagingFolder), {recursive: true, force: true});
        // Sites replaced by earlier builds and not yet deleted, deleted while this one builds.
        const astro = join(projectRoot(), ".astro");
        if (existsSync(astro)) for (const name of readdirSync(astro).filter((n) => n.startsWith("old-dist"))) discard(join(astro, name));
      },
      "astro:build:done": async ({dir, logger}) => {
        // The search index, still being written in the background; and what the check and the drawings
        // keep for the next build (.astro/results, .astro/chart-cache), before this process ends.
        try {
          await backgroundWork();
        } finally {
          await writesDone();
        }
        const built = fileURLToPath(dir).replace(/\/$/, "");
        const dist = join(projectRoot(), publishedFolder);
        const old = join(projectRoot(), `.astro/old-dist-${Date.now()}`);
        if (existsSync(dist)) renameSync(dist, old);
        renameSync(built, dist);
        // The published pages are those of Astro's record now: the next build links the ones it keeps.
        notePublishedPages(cacheDir);
        logger.info("published the build to dist/");
        // Deleting thousands of replaced files is not part of publishing: it goes on in the background.
        if (existsSync(old)) discard(old);
        // The drawings and PNGs no page of this build used (each correction makes new ones) are deleted.
        const pruned = activeChartCache()?.pruneUnused() ?? 0;
        if (pruned) logger.info(`deleted ${plural(pruned, "render cache file")} no page uses any more`);
      },
    },
  };
}
