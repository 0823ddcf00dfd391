import {chartOf, loadCheckedSite} from "../site.ts";
import {oembed} from "./oembed.ts";
import {renderPng} from "./renderPng.ts";
import {standaloneSvg} from "./standaloneSvg.ts";
import {toCsv} from "./toCsv.ts";

/**
 * The paths of a chart's files for the dev server, which makes each one on
 * request. A build lists none: it writes them all at once
 * (integration/chartFiles.ts), its PNGs in worker threads.
 */
export function devChartPaths() {
  if (!import.meta.env.DEV) return [];
  return [...loadCheckedSite().charts.keys()].map((chart) => ({params: {chart}}));
}

/** A chart's data (CSV), standalone image (SVG), picture at 2x (PNG) or oEmbed document, made now. */
export function chartFile(chart: string, format: "csv" | "svg" | "png" | "oembed"): Promise<Response> | Response {
  const site = loadCheckedSite();
  const model = chartOf(site, chart);
  if (format === "csv") return new Response(toCsv(model), {headers: {"Content-Type": "text/csv; charset=utf-8"}});
  if (format === "oembed") return new Response(JSON.stringify(oembed(model, site.data), null, 2), {headers: {"Content-Type": "application/json+oembed"}});
  const {svg} = standaloneSvg(model, site.data);
  if (format === "svg") return new Response(svg, {headers: {"Content-Type": "image/svg+xml"}});
  return renderPng(svg).then((png) => new Response(new Uint8Array(png), {headers: {"Content-Type": "image/png"}}));
}
