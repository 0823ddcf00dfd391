import {loadCheckedSite, type Site} from "../site.ts";
import {atomFeed} from "./atomFeed.ts";
import {siteRoot} from "./feedAddresses.ts";
import {readerPages} from "./readerPages.ts";
import {sitemapFiles, sitemapLimit} from "./sitemap.ts";

/**
 * The site's XML documents at its top level (/feed.xml, /sitemap.xml) and what
 * makes each. Both list absolute addresses, so without the site's address there
 * are none (the build says once how to give it); a feed also needs a story.
 */
export function xmlDocuments(): {name: string; type: string; body: () => string}[] {
  const root = siteRoot();
  if (!root) return [];
  const site = loadCheckedSite();
  return [
    ...(site.stories.length ? [{name: "feed", type: "application/atom+xml", body: () => atomFeed(site.stories, site.data.settings, root)}] : []),
    // One sitemap, or past 50,000 pages an index of several; made once, when the first is asked for.
    ...sitemapNames(site).map((name) => ({name, type: "application/xml", body: () => sitemapOf(site, root).get(name)!})),
  ];
}

let made: {site: Site; root: string; files: Map<string, string>} | undefined;

function sitemapOf(site: Site, root: string): Map<string, string> {
  if (made?.site !== site || made.root !== root) made = {site, root, files: new Map(sitemapFiles(readerPages(site), root).map((f) => [f.name, f.body]))};
  return made.files;
}

/** The sitemap files' names, from the number of pages alone: sitemap, then sitemap-1, sitemap-2… past the limit. */
function sitemapNames(site: Site): string[] {
  const count = readerPages(site).length;
  return count <= sitemapLimit ? ["sitemap"] : ["sitemap", ...Array.from({length: Math.ceil(count / sitemapLimit)}, (_, i) => `sitemap-${i + 1}`)];
}
