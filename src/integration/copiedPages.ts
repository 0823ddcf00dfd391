import {existsSync, mkdirSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {pathUnderBase} from "../lib/pagePath.ts";
import {projectRoot} from "../lib/paths.ts";
import {forgetPageKeys, issueLoadedSitePageKeys} from "../render/pageKeys.ts";
import {keptPages, placeKeptPages} from "./keptPages.ts";
import {publishedFolder} from "./publishBuild.ts";
import {receivePages} from "./renderedPages.ts";

/** In Astro's cache folder while a build renders pages: left there, the build before did not finish. */
const unfinished = "pages-unfinished";

/**
 * Puts the pages Astro is to copy from the last build (their keys unchanged:
 * render/pageKeys.ts) into the build itself as soon as every page's key is
 * known (once every card's version is, while Astro bundles; at the latest as
 * the first page is rendered), so that Astro finds them written and only
 * renders the rest: linked from the published site where it is the last build
 * (placeKeptPages). At 3,000 charts, Astro's own copying of 5,000 unchanged
 * pages took about 5 s of a rebuild; these take well under one. It hears of
 * each page rendered through the middleware searchIndex adds to builds, before
 * Astro writes it: a page placed here that Astro renders all the same is
 * unlinked first, so that Astro's write never reaches the published site.
 *
 * Astro writes its copy of each page as it renders it, but its record of the
 * pages' keys only once all are rendered: a build stopped between the two
 * would leave new copies under old keys, which a later build, its inputs put
 * back as they were, would publish. So a build that starts after one that did
 * not finish forgets Astro's record, and renders every page.
 */
export function copiedPages({published = join(projectRoot(), publishedFolder)} = {}): AstroIntegration {
  let cacheDir = "";
  let outDir = "";
  let base = "/";
  let place: (() => Map<string, string>) | undefined;
  return {
    name: "copied-pages",
    hooks: {
      "astro:config:done": ({config}) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        base = (config.base ?? "/").replace(/\/?$/, "/");
      },
      "astro:build:start": () => {
        forgetPageKeys();
        const marker = join(cacheDir, unfinished);
        if (existsSync(marker)) rmSync(join(cacheDir, "incremental-build.json"), {force: true});
        mkdirSync(cacheDir, {recursive: true});
        writeFileSync(marker, "A build is rendering pages; if this file is still here when the next starts, that one renders every page.\n");
        let placed: Map<string, string> | undefined;
        const placeNow = () => (placed ??= placeKeptPages(keptPages(cacheDir), outDir, cacheDir, published));
        place = placeNow;
        receivePages("copied-pages", (pathname) => {
          // Rendered all the same (its template's code changed): Astro writes it next, in place.
          const file = placeNow().get(pathUnderBase(pathname, base));
          if (file) unlinkPlaced(file);
          return undefined;
        });
      },
      // As Astro bundles the pages (it emptied the build folder just before), once every page's key is known: after
      // every integration's build:start, chart-files' among them, which notes every card's version (a page shows its
      // card's). Before Astro decides page by page whether to render or copy, several pages at once, so that pages
      // put in place only as the first is rendered would be copied by Astro.
      "astro:build:setup": () => {
        if (place && issueLoadedSitePageKeys("searched") && issueLoadedSitePageKeys("rest")) place();
      },
      "astro:build:done": () => {
        receivePages("copied-pages", undefined);
        place = undefined;
        // Astro has written its record of this build's pages by now.
        rmSync(join(cacheDir, unfinished), {force: true});
      },
    },
  };
}

function unlinkPlaced(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Not there: nothing of the published site to keep from Astro's write.
  }
}
