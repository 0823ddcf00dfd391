import {absoluteUrl} from "../lib/absoluteUrl.ts";
import {chartUrls} from "./chartUrls.ts";

/**
 * The snippet a newsroom pastes: an iframe that works on its own (fixed height,
 * a title for screen readers) and the small parent script that then keeps its
 * height equal to the chart's.
 */
export function embedCode(id: string, title: string, height: number): string {
  const src = absoluteUrl(chartUrls(id).embed);
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${src}" title="${escaped}" data-chart-embed width="100%" height="${height}" loading="lazy" style="border:0;width:100%" scrolling="no"></iframe>\n<script async src="${absoluteUrl("/embed.js")}"></script>`;
}
