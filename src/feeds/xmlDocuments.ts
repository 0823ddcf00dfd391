import {loadCheckedSite} from "../site.ts";
import {atomFeed} from "./atomFeed.ts";
import {siteRoot} from "./feedAddresses.ts";
import {readerPages} from "./readerPages.ts";
import {sitemap} from "./sitemap.ts";

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
    {name: "sitemap", type: "application/xml", body: () => sitemap(readerPages(site), root)},
  ];
}
