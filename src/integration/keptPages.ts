import {constants, copyFileSync, mkdirSync, readFileSync} from "node:fs";
import {dirname, isAbsolute, join, normalize} from "node:path";
import {issuedPageKeys} from "../render/pageKeys.ts";

/** Where Astro keeps its record of the last build's pages and their copies, in the project (astro.config.mjs's cacheDir). */
export const pageCopies = [".astro/cache/incremental-build.json", ".astro/cache/dist"];

/** A page Astro's incremental build is to copy from the last build: its address, and the file its copy is in. */
export interface KeptPage {
  /** Its path under the base ("/story/"), as Astro records it. */
  pathname: string;
  /** Astro's copy. */
  file: string;
  /** Its file in the build, relative to the build folder ("story/index.html"). */
  outputFile: string;
}

/**
 * The pages of this build that Astro will copy from the last one rather than
 * render: those whose key (pageKeys.ts) this build issued and the last build
 * recorded, in Astro's record of it (`incremental-build.json` in its cache
 * folder), with the copy Astro keeps of each. Known before Astro copies them,
 * so the search index can take them in while the other pages are rendered.
 * Astro's record is its own (version 1 of an experimental feature): a record
 * in another form gives no page, and the pages are then read back once written.
 */
export function keptPages(cacheDir: string): KeptPage[] {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, "incremental-build.json"), "utf8")) as {version?: unknown; routes?: Record<string, {paths?: Record<string, {cacheKey?: unknown; outputFile?: unknown}>}>};
    if (record.version !== 1 || !record.routes) return [];
    const kept: KeptPage[] = [];
    for (const route of Object.values(record.routes)) {
      for (const [pathname, {cacheKey, outputFile}] of Object.entries(route.paths ?? {})) {
        // A file inside the build folder only (the record is a file anyone could edit).
        if (typeof cacheKey !== "string" || typeof outputFile !== "string" || !issuedPageKeys.has(cacheKey)) continue;
        if (isAbsolute(outputFile) || normalize(outputFile).split(/[\\/]/).includes("..")) continue;
        kept.push({pathname, file: join(cacheDir, "dist", outputFile), outputFile});
      }
    }
    return kept;
  } catch {
    // No earlier build, or a record that cannot be read: Astro renders every page.
    return [];
  }
}

/**
 * Puts each page Astro is to copy from the last build into the build folder
 * (`outDir`) first, itself: a synchronous copy costs a fraction of Astro's
 * own, and Astro, finding the page written, leaves it (it renders any page
 * whose key or template changed all the same, over the copy). Each is a copy,
 * never a link: Astro writes its cache files in place.
 */
export function copyKeptPages(kept: readonly KeptPage[], outDir: string): void {
  const folders = new Set<string>();
  for (const page of kept) {
    const target = join(outDir, page.outputFile);
    try {
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, {recursive: true});
      folders.add(folder);
      copyFileSync(page.file, target, constants.COPYFILE_EXCL);
    } catch {
      // Written already, or its copy gone: Astro copies or renders it.
    }
  }
}
