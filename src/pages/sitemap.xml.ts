import type {APIRoute} from "astro";
import {siteRoot} from "../feeds/feedAddresses.ts";
import {readerPages} from "../feeds/readerPages.ts";
import {sitemap} from "../feeds/sitemap.ts";
import {loadCheckedSite} from "../site.ts";

// No address, no valid sitemap (it lists absolute addresses): a response without a body writes no file.
export const GET: APIRoute = () => {
  const root = siteRoot();
  if (!root) return new Response(null, {status: 404});
  return new Response(sitemap(readerPages(loadCheckedSite()), root), {headers: {"Content-Type": "application/xml; charset=utf-8"}});
};
