import type {APIRoute} from "astro";
import {charts} from "../../../charts/index.ts";
import {oembed} from "../../../embed/oembed.ts";
import {loadCheckedSite} from "../../../site.ts";

export function getStaticPaths() {
  return [...charts.keys()].map((chart) => ({params: {chart}}));
}

export const GET: APIRoute = ({params}) => {
  const site = loadCheckedSite();
  const spec = charts.get(params.chart!)!.build(site.data);
  return new Response(JSON.stringify(oembed(spec, site.data), null, 2), {headers: {"Content-Type": "application/json+oembed"}});
};
