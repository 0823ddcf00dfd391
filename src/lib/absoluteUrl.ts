import {currentAddress} from "../settings/publicAddress.ts";
import {href} from "./href.ts";
import {viteEnv} from "./viteEnv.ts";

/** The site's public origin (astro.config.mjs `site`: data/site.json's `url`, or SITE_URL), when it is known. */
export function siteUrl(): string | undefined {
  const site = (viteEnv() ?? currentAddress()).site;
  return site ? site.replace(/\/$/, "") : undefined;
}

/**
 * A link (already carrying the base path) as the address other sites must use:
 * absolute when the site's address is known, root-relative otherwise.
 */
export function absoluteLink(link: string): string {
  const site = siteUrl();
  return site ? new URL(link, `${site}/`).href : link;
}

/** A site path (without the base path) as an address other sites can use. */
export function absoluteUrl(path: string): string {
  return absoluteLink(href(path));
}

/**
 * The address links are made with in this copy of the code (the base path and
 * the origin, as href and siteUrl read them): part of the key of anything kept
 * between builds that holds links, so a result is never reused under another.
 */
export function linkAddress(): string {
  return JSON.stringify([href("/"), siteUrl() ?? null]);
}

