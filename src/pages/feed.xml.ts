import type {APIRoute} from "astro";
import {atomFeed} from "../feeds/atomFeed.ts";
import {siteRoot} from "../feeds/feedAddresses.ts";
import {loadCheckedSite} from "../site.ts";

// No address (or no story yet), no valid feed: a response without a body writes no file.
export const GET: APIRoute = () => {
  const {stories, data} = loadCheckedSite();
  const root = siteRoot();
  if (!root || !stories.length) return new Response(null, {status: 404});
  return new Response(atomFeed(stories, data.settings, root), {headers: {"Content-Type": "application/atom+xml; charset=utf-8"}});
};
