import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {framingHeaders} from "../embed/framingHeaders.ts";

/** Writes dist/_headers once every page is built: embed pages may be framed anywhere, other pages nowhere. */
export function framingPolicy(): AstroIntegration {
  return {
    name: "framing-policy",
    hooks: {
      "astro:build:done": ({dir, pages, logger}) => {
        const paths = pages.map(({pathname}) => `/${pathname}`.replace(/\/+$/, "/").replace(/^\/\/$/, "/"));
        writeFileSync(join(fileURLToPath(dir), "_headers"), framingHeaders(paths));
        logger.info("wrote _headers: embed pages may be framed anywhere, other pages nowhere");
      },
    },
  };
}
