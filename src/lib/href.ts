import {currentAddress} from "../settings/publicAddress.ts";

/**
 * A site-internal link, prefixed with the configured base path so the site works
 * when served from a sub-folder (astro.config.mjs `base`).
 */
export function href(path: string): string {
  // Written out in full so Vite replaces it at build time; outside Astro (npm run check) there is no import.meta.env.
  const configured = typeof import.meta.env === "undefined" ? currentAddress().base : import.meta.env.BASE_URL;
  const base = (configured ?? "/").replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
