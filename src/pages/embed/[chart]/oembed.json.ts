import type {APIRoute} from "astro";
import {oembed} from "../../../embed/oembed.ts";
import {chartOf, loadCheckedSite} from "../../../site.ts";

export function getStaticPaths() {
  return [...loadCheckedSite().charts.keys()].map((chart) => ({params: {chart}}));
}

export const GET: APIRoute = ({params}) => {
  const site = loadCheckedSite();
  return new Response(JSON.stringify(oembed(chartOf(site, params.chart!), site.data), null, 2), {headers: {"Content-Type": "application/json+oembed"}});
};
