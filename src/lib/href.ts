/**
 * A site-internal link, prefixed with the configured base path so the site works
 * when served from a sub-folder (astro.config.mjs `base`).
 */
export function href(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? "/").replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
