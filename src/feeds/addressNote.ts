import {feedPath, sitemapPath} from "./feedAddresses.ts";

/**
 * What `npm run check` and the build say, once, when the site's public address is
 * unknown: a note, not a problem (a preview build needs no address), naming the
 * setting that publishes the feed and the sitemap.
 */
export function addressNote(address: {site?: string}): string | undefined {
  if (address.site) return undefined;
  return `${feedPath.slice(1)} and ${sitemapPath.slice(1)} are not published, and link previews and embed codes use root-relative addresses: they need the site's public address. Set "url" in data/site.json (e.g. "url": "https://news.example/") or SITE_URL when building; robots.txt is written without its Sitemap line until then.`;
}
