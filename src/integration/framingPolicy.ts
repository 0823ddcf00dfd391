import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {framingHeaders, scriptHashes} from "../embed/framingHeaders.ts";
import {builtFile, pagePath} from "../lib/pagePath.ts";
import {receivePages} from "./renderedPages.ts";

// Pages that compile WebAssembly: named by address, so no text in a page can widen its policy.
const wasmPages = new Set(["/search/"]);

/** Writes _headers once every page is built: a content policy per page (its inline scripts by hash), embed pages framable anywhere, other pages nowhere. */
export function framingPolicy(): AstroIntegration {
  // Rules name the addresses a host serves, which carry the base path (a site under /transport/).
  let base = "";
  const rendered = new Map<string, string[]>();
  return {
    name: "framing-policy",
    hooks: {
      "astro:config:done": ({config}) => {
        base = config.base.replace(/\/$/, "");
      },
      "astro:build:start": () => {
        // Each page's inline scripts, hashed as Astro renders it (searchIndex's middleware hands the pages over).
        rendered.clear();
        receivePages("framing-policy", (pathname, html) => {
          rendered.set(pathname, scriptHashes(html));
          return undefined;
        });
      },
      "astro:build:done": ({dir, pages, logger}) => {
        receivePages("framing-policy", undefined);
        const root = fileURLToPath(dir);
        // In the order of their addresses, not the order Astro finished them in (which a page copied from the last build changes).
        const paths = pages.map(({pathname}) => pagePath(pathname)).sort();
        // Each page's policy allows exactly its own inline scripts, by hash; a page not handed over is read back.
        const withHashes = paths.map((path) => {
          const file = builtFile(root, path);
          const hashes = rendered.get(`${base}${path}`) ?? (existsSync(file) && file.endsWith(".html") ? scriptHashes(readFileSync(file, "utf8")) : []);
          return {path: `${base}${path}`, hashes, wasm: wasmPages.has(path), embed: path.startsWith("/embed/")};
        });
        rendered.clear();
        writeFileSync(join(root, "_headers"), framingHeaders(withHashes));
        logger.info("wrote _headers: a strict content policy on every page; embed pages may be framed anywhere, other pages nowhere");
      },
    },
  };
}
