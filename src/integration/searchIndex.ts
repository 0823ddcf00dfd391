import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import pLimit from "p-limit";
import * as pagefind from "pagefind";
import {pagePath} from "../lib/pagePath.ts";
import {finishBeforePublish} from "./beforePublish.ts";
import {plural} from "../lib/plural.ts";

/** The folder of the built site that holds the search index and Pagefind's scripts, served at `<base>/pagefind/`. */
export const searchFolder = "pagefind";

/** What marks a page as one readers search: stories and sources carry it on their main content; embeds, lists and this page do not. */
const marker = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i;

/**
 * Chrome inside the indexed content that nobody searches for, and that would match every page
 * with a chart or a note: the downloads, embed code and copy button under each chart, the data
 * table's toggle, caption, column names and download links (its rows, quotes included, are
 * indexed), and the notes' links back to the text. Pagefind itself leaves out nav (the table of
 * contents), script and form elements.
 */
const excludeSelectors = [".chart-tools", ".chart-data > summary", ".chart-data caption", ".chart-data thead", ".chart-data-links", "a.back"];

/** The pages of a build readers search: marked with data-pagefind-body, never an embed page (embeds are noindex). */
export function searchablePages(root: string, pathnames: readonly string[]): {sourcePath: string; content: string}[] {
  const found: {sourcePath: string; content: string}[] = [];
  for (const pathname of pathnames) {
    const path = pagePath(pathname);
    if (path.startsWith("/embed/") || !path.endsWith("/")) continue;
    const sourcePath = `${path.slice(1)}index.html`;
    const file = join(root, sourcePath);
    if (!existsSync(file)) continue;
    const content = readFileSync(file, "utf8");
    if (marker.test(content)) found.push({sourcePath, content});
  }
  return found;
}

/** Pagefind's reported errors, as an exception. */
function check<T extends {errors: string[]}>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join("; "));
  return response;
}

/** Indexes the pages with Pagefind into `outputPath`; a failure names the step and says the site was not published. */
async function indexPages(searchable: {sourcePath: string; content: string}[], outputPath: string): Promise<void> {
  let step = "starting Pagefind";
  try {
    const {index} = check(await pagefind.createIndex({excludeSelectors}));
    if (!index) throw new Error("Pagefind returned no index");
    step = "indexing the pages";
    // A few pages in flight, so Pagefind's process always has one to work on while this one is busy,
    // without holding every page's message in memory at once.
    const limit = pLimit(8);
    await Promise.all(searchable.map((page) => limit(async () => {
      try {
        check(await index.addHTMLFile(page));
      } catch (error) {
        step = `indexing ${page.sourcePath}`;
        // The pages not yet sent are not sent: Pagefind is closed below, and asking again would start it again.
        limit.clearQueue();
        throw error;
      }
    })));
    step = `writing the index to ${searchFolder}/`;
    check(await index.writeFiles({outputPath}));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = step === "starting Pagefind" ? " (is the @pagefind/ package for this platform installed? npm install puts it there)" : "";
    throw new Error(`The search index failed while ${step}: ${message}${hint}. The site was not published; dist/ is unchanged.`, {cause: error});
  } finally {
    // Pagefind runs as a child process; left open, it keeps the build from exiting.
    await pagefind.close().catch(() => undefined);
  }
}

/**
 * Indexes the built site for search with Pagefind, once every page is written.
 * Pagefind works in its own process while the integrations after this one
 * write their files (so this one comes before them), and publishBuild waits
 * for it. The index and Pagefind's scripts go into `pagefind/` of the same
 * build; the search page loads them, no other page does. Any failure stops the
 * build, and dist/ keeps the last good site.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": ({dir, pages, logger}) => {
        const root = fileURLToPath(dir);
        const searchable = searchablePages(root, pages.map(({pathname}) => pathname));
        finishBeforePublish(indexPages(searchable, join(root, searchFolder)).then(() => {
          if (searchable.length === 0) logger.warn("indexed no page for search: no page is marked data-pagefind-body, so search finds nothing");
          else logger.info(`indexed ${plural(searchable.length, "page")} for search into ${searchFolder}/`);
        }));
      },
    },
  };
}
