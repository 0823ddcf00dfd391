import type {ChartModel} from "../charts/chart.ts";
import {absoluteLink, absoluteUrl} from "../lib/absoluteUrl.ts";
import {renderChart} from "../render/renderChart.ts";
import {chartLinks} from "./chartUrls.ts";
import {embedIframe} from "./embedCode.ts";
import {estimateHeight} from "./estimateHeight.ts";
import {standaloneSvg} from "./standaloneSvg.ts";
import type {Data} from "../data/loadData.ts";

/**
 * The oEmbed response for a chart (oembed.com, type "rich"): the iframe alone
 * as html, because CMSes such as WordPress strip scripts from oEmbed html.
 */
export function oembed(spec: ChartModel, data: Data) {
  const width = 680;
  const height = estimateHeight(spec, renderChart(spec), width);
  const iframe = embedIframe(spec.id, spec.title, height);
  const thumbnail = standaloneSvg(spec, data);
  return {
    type: "rich",
    version: "1.0",
    title: spec.title,
    provider_name: data.settings.name,
    provider_url: absoluteUrl("/"),
    html: iframe,
    width,
    height,
    thumbnail_url: absoluteLink(chartLinks(spec.id).png),
    thumbnail_width: thumbnail.width * 2,
    thumbnail_height: thumbnail.height * 2,
  };
}
