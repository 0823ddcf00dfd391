import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {framingHeaders, scriptHashes} from "../embed/framingHeaders.ts";
import {builtFile, pagePath} from "../lib/pagePath.ts";

// Pages that compile WebAssembly: named by address, so no text in a page can widen its policy.
const wasmPages = new Set(["/search/"]);

/** Writes _headers once every page is built: a content policy per page (its inline scripts by hash), embed pages framable anywhere, other pages nowhere. */
export function framingPolicy(): AstroIntegration {
  // Rules name the addresses a host serves, which carry the base path (a site under /transport/).
  let base = "";
  return {
    name: "framing-policy",
    hooks: {
      "astro:config:done": ({config}) => {
        base = config.base.replace(/\/$/, "");
      },
      "astro:build:done": ({dir, pages, logger}) => {
        const root = fileURLToPath(dir);
        const paths = pages.map(({pathname}) => pagePath(pathname));
        // Each page's policy allows exactly its own inline scripts, by hash.
        const withHashes = paths.map((path) => {
          const file = builtFile(root, path);
          const html = existsSync(file) && file.endsWith(".html") ? readFileSync(file, "utf8") : "";
          return {path: `${base}${path}`, hashes: html ? scriptHashes(html) : [], wasm: wasmPages.has(path), embed: path.startsWith("/embed/")};
        });
        writeFileSync(join(root, "_headers"), framingHeaders(withHashes));
        logger.info("wrote _headers: a strict content policy on every page; embed pages may be framed anywhere, other pages nowhere");
      },
    },
  };
}
