import type {APIRoute} from "astro";
import {renderPng} from "../../embed/renderPng.ts";
import {standaloneSvg} from "../../embed/standaloneSvg.ts";
import {toCsv} from "../../embed/toCsv.ts";
import {chartOf, loadCheckedSite} from "../../site.ts";

const formats = ["csv", "svg", "png"] as const;
// A build's PNGs are drawn in worker threads alongside the pages (integration/pngDownloads.ts); the dev server draws one on request.
const routed = import.meta.env.DEV ? formats : formats.filter((format) => format !== "png");

export function getStaticPaths() {
  return [...loadCheckedSite().charts.keys()].flatMap((chart) => routed.map((format) => ({params: {file: `${chart}.${format}`}, props: {chart, format}})));
}

/** A chart's data (CSV), standalone image (SVG) and, in the dev server, picture at 2x (PNG). */
export const GET: APIRoute = ({props}) => {
  const {chart, format} = props as {chart: string; format: (typeof formats)[number]};
  const site = loadCheckedSite();
  const model = chartOf(site, chart);
  if (format === "csv") return new Response(toCsv(model), {headers: {"Content-Type": "text/csv; charset=utf-8"}});
  const {svg} = standaloneSvg(model, site.data);
  if (format === "svg") return new Response(svg, {headers: {"Content-Type": "image/svg+xml"}});
  return new Response(new Uint8Array(renderPng(svg)), {headers: {"Content-Type": "image/png"}});
};
