import {existsSync, renameSync, rmSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {projectRoot} from "../lib/paths.ts";

/** Where a build is written before it is published: inside the project, so the last step is a rename. */
export const stagingFolder = ".astro/next-dist";

/**
 * Publishes a build only when all of it succeeded. Astro writes into
 * `stagingFolder`; this integration, the last to run once every page and
 * every other integration's files (headers, downloads) are written, swaps it
 * into dist/ with two renames. A build that fails at any earlier stage never
 * reaches here, and dist/ keeps the last good site, byte for byte.
 */
export function publishBuild(): AstroIntegration {
  return {
    name: "publish-build",
    hooks: {
      "astro:build:start": () => {
        // A failed build's leftovers never mix into the next.
        rmSync(join(projectRoot(), stagingFolder), {recursive: true, force: true});
      },
      "astro:build:done": ({dir, logger}) => {
        const built = fileURLToPath(dir).replace(/\/$/, "");
        const dist = join(projectRoot(), "dist");
        const old = join(projectRoot(), ".astro/old-dist");
        rmSync(old, {recursive: true, force: true});
        if (existsSync(dist)) renameSync(dist, old);
        renameSync(built, dist);
        rmSync(old, {recursive: true, force: true});
        logger.info("published the build to dist/");
      },
    },
  };
}
