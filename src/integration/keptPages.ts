import {constants, copyFileSync, linkSync, mkdirSync, readFileSync, statSync} from "node:fs";
import {dirname, isAbsolute, join, normalize} from "node:path";
import {sha256} from "../lib/sha256.ts";
import {writeWhole} from "../lib/writeWhole.ts";
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

/** Beside Astro's record: which record the published site (dist/) was built with, and when it was published. */
const publishedNote = "published-pages.json";

const recordHash = (cacheDir: string) => {
  try {
    return sha256(readFileSync(join(cacheDir, "incremental-build.json")));
  } catch {
    return undefined;
  }
};

/**
 * Notes, once a build is published, that the published site is the one Astro's
 * record describes: its pages are then the pages the record keeps, and the next
 * build may link them rather than copy them (placeKeptPages).
 */
export function notePublishedPages(cacheDir: string): void {
  const record = recordHash(cacheDir);
  if (record) writeWhole(join(cacheDir, publishedNote), JSON.stringify({record, at: Date.now()}));
}

/** When the published site is the one Astro's record describes, the time it was published. */
function publishedAt(cacheDir: string): number | undefined {
  try {
    const note = JSON.parse(readFileSync(join(cacheDir, publishedNote), "utf8")) as {record?: unknown; at?: unknown};
    return typeof note.at === "number" && note.record === recordHash(cacheDir) ? note.at : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts each page Astro is to copy from the last build into the build folder
 * (`outDir`) first, itself: synchronously, which costs a fraction of Astro's
 * own copying, and Astro, finding the page written, leaves it. Each is a hard
 * link to the page in the published site (`published`, which no build writes
 * into) while that site is the one Astro's record describes (notePublishedPages)
 * and the page was not changed there since; else a copy of Astro's own (never a
 * link to that: Astro writes its copies in place). A link writes no page and
 * makes no new file, which on some file systems (ext4 without a journal) is most
 * of what a copy costs: at 3,000 charts, 5,000 copies took 3 s of a rebuild.
 *
 * Astro renders a page whose key it kept when its template's code changed, and
 * writes it over the file in place, which for a link would be the published
 * page: the pages placed here are returned, by path, so that each is unlinked
 * as Astro renders it (before it writes it: copiedPages).
 */
export function placeKeptPages(kept: readonly KeptPage[], outDir: string, cacheDir: string, published: string): Map<string, string> {
  const at = publishedAt(cacheDir);
  const placed = new Map<string, string>();
  const folders = new Set<string>();
  for (const page of kept) {
    const target = join(outDir, page.outputFile);
    try {
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, {recursive: true});
      folders.add(folder);
      if (!linked(join(published, page.outputFile), target, at)) copyFileSync(page.file, target, constants.COPYFILE_EXCL);
      placed.set(page.pathname, target);
    } catch {
      // Written already, or gone: Astro copies or renders it.
    }
  }
  return placed;
}

/** Links the published page `live` at `target`, if it was not changed since it was published (`at`). */
function linked(live: string, target: string, at: number | undefined): boolean {
  try {
    if (at === undefined || statSync(live).mtimeMs > at) return false;
    linkSync(live, target);
    return true;
  } catch {
    // Not there, or a file system without hard links.
    return false;
  }
}
