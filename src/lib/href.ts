import {currentAddress} from "../settings/publicAddress.ts";
import {viteEnv} from "./viteEnv.ts";

/**
 * A site-internal link, prefixed with the configured base path so the site works
 * when served from a sub-folder (astro.config.mjs `base`).
 */
export function href(path: string): string {
  const configured = (viteEnv() ?? currentAddress()).base;
  const base = (configured ?? "/").replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
