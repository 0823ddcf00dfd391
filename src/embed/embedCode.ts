import {absoluteUrl} from "../lib/absoluteUrl.ts";
import {escapeAttribute} from "../lib/escapeAttribute.ts";
import {chartUrls} from "./chartUrls.ts";

/**
 * The snippet a newsroom pastes: an iframe that works on its own (fixed height,
 * a title for screen readers) and the small parent script that then keeps its
 * height equal to the chart's.
 */
export function embedCode(id: string, title: string, height: number): string {
  return `${embedIframe(id, title, height)}\n<script async src="${absoluteUrl("/embed.js")}"></script>`;
}

/** The iframe of the embed code alone (oEmbed's html): the title, on one line, escaped for an attribute. */
export function embedIframe(id: string, title: string, height: number): string {
  const src = absoluteUrl(chartUrls(id).embed);
  return `<iframe src="${src}" title="${escapeAttribute(title.replace(/\s+/g, " ").trim())}" data-chart-embed width="100%" height="${height}" loading="lazy" style="border:0;width:100%" scrolling="no"></iframe>`;
}
