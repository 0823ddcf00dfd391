import type {APIRoute} from "astro";
import {addressIn, siteRoot, sitemapPath} from "../feeds/feedAddresses.ts";
import {robotsTxt} from "../feeds/robotsTxt.ts";

export const GET: APIRoute = () => {
  const root = siteRoot();
  return new Response(robotsTxt(root && addressIn(root, sitemapPath)), {headers: {"Content-Type": "text/plain; charset=utf-8"}});
};
