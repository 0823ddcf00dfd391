import {loadCheckedSite, type Site} from "../site.ts";
import {atomFeed} from "./atomFeed.ts";
import {siteRoot} from "./feedAddresses.ts";
import {readerPages} from "./readerPages.ts";
import {sitemapFiles} from "./sitemap.ts";

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
    // One sitemap, or past 50,000 pages an index of several; made once per loaded site.
    ...[...sitemapOf(site, root)].map(([name, body]) => ({name, type: "application/xml", body: () => body})),
  ];
}

let made: {site: Site; root: string; files: Map<string, string>} | undefined;

function sitemapOf(site: Site, root: string): Map<string, string> {
  if (made?.site !== site || made.root !== root) made = {site, root, files: new Map(sitemapFiles(readerPages(site), root).map((f) => [f.name, f.body]))};
  return made.files;
}

