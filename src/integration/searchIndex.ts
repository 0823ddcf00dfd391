import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import pLimit from "p-limit";
import * as pagefind from "pagefind";
import {finishBeforePublish} from "./beforePublish.ts";
import {afterCardsNoted} from "../cards/cardVersion.ts";
import {issueLoadedSitePageKeys} from "../render/pageKeys.ts";
import {keptPages} from "./keptPages.ts";
import {plural} from "../lib/plural.ts";
import {pagePath, pathUnderBase} from "../lib/pagePath.ts";
import {receivePages} from "./renderedPages.ts";
import {resend, SearchFeed, type Searchable} from "./searchFeed.ts";
import {withoutSvg} from "../search/withoutSvg.ts";

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

/** Whether the page at a site path can be one readers search: a folder's page ("/story/"), never an embed page (embeds are noindex). */
const searchablePath = (path: string) => path.endsWith("/") && !path.startsWith("/embed/");

/**
 * The HTML of a page readers search, as Pagefind is sent it, or undefined: a folder's page
 * ("/story/") marked data-pagefind-body, never an embed page; its charts' drawings left out (withoutSvg).
 */
export function searchableContent(path: string, html: string): string | undefined {
  if (!searchablePath(path)) return undefined;
  return marker.test(html) ? withoutSvg(html) : undefined;
}

const searchable: Searchable = {path: searchablePath, content: searchableContent};

/** Pagefind's reported errors, as an exception. */
function check<T extends {errors: string[]}>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join("; "));
  return response;
}

/** Pages waiting to be sent to Pagefind past which a page waits too: memory stays small if Pagefind falls behind. */
const mostWaiting = 32;

/**
 * Pagefind's index of a build's pages, filled page by page as they are
 * rendered: Pagefind works in its own process meanwhile, a few pages in flight
 * so it always has one. A failure stops further pages and is reported by
 * `write`, naming the step.
 */
export class PageIndex {
  private index: Promise<pagefind.PagefindIndex> | undefined;
  private readonly limit = pLimit(8);
  private readonly sent: Promise<void>[] = [];
  private step = "starting Pagefind";
  private failed = false;
  /** How many pages were given to Pagefind. */
  pages = 0;

  private start(): Promise<pagefind.PagefindIndex> {
    return (this.index ??= pagefind.createIndex({excludeSelectors}).then((response) => {
      const {index} = check(response);
      if (!index) throw new Error("Pagefind returned no index");
      this.step = "indexing the pages";
      return index;
    }));
  }

  /** Sends a page (`sourcePath`: its file in the build, "story/index.html"); what it returns, the page should wait for. */
  add(sourcePath: string, content: string): Promise<void> | undefined {
    if (this.failed) return undefined;
    this.pages++;
    const job = this.limit(async () => {
      // After a failure, the pages still waiting are not sent: Pagefind is closed by write, and asking again would start it again.
      if (this.failed) return;
      const index = await this.start();
      try {
        check(await index.addHTMLFile({sourcePath, content}));
      } catch (error) {
        this.step = `indexing ${sourcePath}`;
        throw error;
      }
    });
    job.catch(() => {
      this.failed = true;
    });
    this.sent.push(job);
    return this.limit.pendingCount > mostWaiting ? job.catch(() => undefined) : undefined;
  }

  /** Writes the index (empty if no page was sent) to `outputPath`, then closes Pagefind; a failure names the step and says the site was not published. */
  async write(outputPath: string): Promise<void> {
    try {
      await Promise.all(this.sent);
      const index = await this.start();
      this.step = `writing the index to ${searchFolder}/`;
      check(await index.writeFiles({outputPath}));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const hint = this.step === "starting Pagefind" ? " (is the @pagefind/ package for this platform installed? npm install puts it there)" : "";
      throw new Error(`The search index failed while ${this.step}: ${message}${hint}. The site was not published; dist/ is unchanged.`, {cause: error});
    } finally {
      // Pagefind runs as a child process; left open, it keeps the build from exiting.
      await pagefind.close().catch(() => undefined);
    }
  }
}

/**
 * Indexes the built site for search with Pagefind. Each page is sent to it
 * as soon as Astro has rendered it (by the middleware this adds to builds,
 * renderedPagesMiddleware), and each page Astro copies unchanged from the last
 * build as soon as that is known (SearchFeed), so Pagefind indexes in its own
 * process while the rest are rendered; once all are, it writes the index while
 * the integrations after this one write their files, and publishBuild waits for it. The index
 * and Pagefind's scripts go into `pagefind/` of the same build; the search
 * page loads them, no other page does. Any failure stops the build, and dist/
 * keeps the last good site.
 */
export function searchIndex(): AstroIntegration {
  let base = "/";
  let cacheDir = "";
  let pages: PageIndex | undefined;
  let feed: SearchFeed | undefined;
  let keptSent: Promise<void> | undefined;
  return {
    name: "search-index",
    hooks: {
      "astro:config:setup": ({command, addMiddleware}) => {
        if (command === "build") addMiddleware({order: "pre", entrypoint: new URL("./renderedPagesMiddleware.ts", import.meta.url)});
      },
      "astro:config:done": ({config}) => {
        base = config.base.replace(/\/?$/, "/");
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => {
        const index = new PageIndex();
        const sent = new SearchFeed(index, searchable);
        pages = index;
        feed = sent;
        keptSent = undefined;
        const sendKept = () => {
          if (keptSent) return;
          keptSent = sent.sendKept(keptPages(cacheDir));
          // Its failure is reported when the build finishes (awaited there), not as an unhandled rejection before.
          keptSent.catch(() => undefined);
        };
        // The pages Astro will copy from the last build are known once every page's key is: as soon as every
        // card's version is (a page shows its card's), while Astro bundles the pages; at the latest, by the first
        // page rendered (getStaticPaths has given every key by then). Pagefind takes them in meanwhile.
        afterCardsNoted(() => setImmediate(() => {
          if (keptSent || feed !== sent || !issueLoadedSitePageKeys("searched")) return;
          sendKept();
          // The other pages' keys, made meanwhile rather than when Astro asks (each is made once).
          setImmediate(() => issueLoadedSitePageKeys("rest"));
        }));
        receivePages("search-index", (pathname, html) => {
          sendKept();
          // A page's path in the build, as Pagefind names it: under the base, which the search page gives Pagefind.
          return sent.rendered(pathUnderBase(pathname, base), html);
        });
      },
      "astro:build:done": ({dir, pages: built, logger}) => {
        receivePages("search-index", undefined);
        const root = fileURLToPath(dir);
        const paths = built.map(({pathname}) => pagePath(pathname));
        const [first, sent, kept] = [pages ?? new PageIndex(), feed, keptSent];
        [pages, feed, keptSent] = [undefined, undefined, undefined];
        finishBeforePublish((async () => {
          await kept;
          let index = first;
          // Any page not sent (copied by Astro unforeseen) is read back; a page sent in two forms makes the index again.
          if (sent && (await sent.finish(root, paths))) {
            logger.warn("a page copied from the last build was rendered differently: the search index is made again from the pages as written");
            index = new PageIndex();
            await resend(index, searchable, root, paths);
          }
          await index.write(join(root, searchFolder));
          if (index.pages === 0) logger.warn("indexed no page for search: no page is marked data-pagefind-body, so search finds nothing");
          else logger.info(`indexed ${plural(index.pages, "page")} for search into ${searchFolder}/`);
        })());
      },
    },
  };
}
