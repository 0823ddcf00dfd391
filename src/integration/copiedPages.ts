import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {copyKeptPages, keptPages} from "./keptPages.ts";
import {receivePages} from "./renderedPages.ts";

/**
 * Puts the pages Astro is to copy from the last build (their keys unchanged:
 * render/pageKeys.ts) into the build itself, as the first page is rendered
 * (every key is given by then), so that Astro finds them written and only
 * renders the rest. At 3,000 charts, Astro's own copying of 5,000 unchanged
 * pages took about 5 s of a rebuild; these copies take under one. (It hears of
 * the first page through the middleware searchIndex adds to builds.)
 */
export function copiedPages(): AstroIntegration {
  let cacheDir = "";
  let outDir = "";
  return {
    name: "copied-pages",
    hooks: {
      "astro:config:done": ({config}) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        let copied = false;
        receivePages("copied-pages", () => {
          if (!copied) copyKeptPages(keptPages(cacheDir), outDir);
          copied = true;
          return undefined;
        });
      },
      "astro:build:done": () => {
        receivePages("copied-pages", undefined);
      },
    },
  };
}
