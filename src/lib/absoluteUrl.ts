import {href} from "./href.ts";

/** The site's public address (astro.config.mjs `site`, from SITE_URL), when it is known. */
export function siteUrl(): string | undefined {
  const site = (typeof import.meta.env === "undefined" ? undefined : import.meta.env.SITE) ?? process.env.SITE_URL;
  return site ? site.replace(/\/$/, "") : undefined;
}

/**
 * A link (already carrying the base path) as the address other sites must use:
 * absolute when SITE_URL is set, root-relative otherwise.
 */
export function absoluteLink(link: string): string {
  const site = siteUrl();
  return site ? new URL(link, `${site}/`).href : link;
}

/** A site path (without the base path) as an address other sites can use. */
export function absoluteUrl(path: string): string {
  return absoluteLink(href(path));
}
