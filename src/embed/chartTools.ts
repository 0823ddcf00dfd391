import {h} from "hastscript";
import type {Element} from "hast";
import type {ChartModel} from "../charts/chart.ts";
import type {RenderedPanel} from "../render/renderChart.ts";
import {chartLinks} from "./chartUrls.ts";
import {embedCode} from "./embedCode.ts";
import {estimateHeight} from "./estimateHeight.ts";

/**
 * Under a chart in a story: its downloads (data, image, vector) and, in a
 * disclosure, the code to embed it elsewhere, readable without JavaScript; a
 * small script adds a copy button.
 */
export function chartTools(spec: ChartModel, panels: readonly RenderedPanel[]): Element {
  const links = chartLinks(spec.id);
  const codeId = `embed-code-${spec.id}`;
  return h("div.chart-tools", [
    h("p.chart-downloads", [
      "Download: ",
      h("a", {href: links.csv, download: `${spec.id}.csv`}, "data (CSV)"),
      " · ",
      h("a", {href: links.png, download: `${spec.id}.png`}, "image (PNG)"),
      " · ",
      h("a", {href: links.svg, download: `${spec.id}.svg`}, "vector (SVG)"),
      " · ",
      h("a", {href: links.embed}, "chart on its own page"),
    ]),
    h("details.chart-embed", [
      h("summary", "Embed this chart"),
      h("p", "Paste this into your page. The chart resizes itself to fit, and works in pages that already use pym.js."),
      h("pre", h("code", {id: codeId}, embedCode(spec.id, spec.title, estimateHeight(spec, panels)))),
      h("button.copy", {type: "button", hidden: true, dataCopy: codeId}, "Copy the code"),
    ]),
  ]);
}
