import {absoluteUrl, siteUrl} from "../lib/absoluteUrl.ts";
import type {Story} from "../stories/story.ts";

/** Where the Atom feed of stories is published, below the site's base path. */
export const feedPath = "/feed.xml";
/** Where the sitemap is published, below the site's base path. */
export const sitemapPath = "/sitemap.xml";

/**
 * The site's public address with its base path, ending in "/" (https://news.example/transport/),
 * or undefined when neither `url` in data/site.json nor SITE_URL gives it: a feed and a
 * sitemap need absolute addresses, so without it neither is published.
 */
export function siteRoot(): string | undefined {
  return siteUrl() ? absoluteUrl("/") : undefined;
}

/** A site path (/bus-fares/) as an absolute address under `root` (which ends in "/"). */
export function addressIn(root: string, path: string): string {
  return new URL(path.replace(/^\//, ""), root).href;
}

/** The feed's address, for a page's `<link rel="alternate">`; undefined when no feed is published (no address, or no story yet). */
export function feedLink(stories: readonly Story[]): string | undefined {
  const root = siteRoot();
  return root && stories.length ? addressIn(root, feedPath) : undefined;
}
