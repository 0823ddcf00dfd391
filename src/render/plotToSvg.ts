import * as Plot from "@observablehq/plot";
import {parseHTML} from "linkedom";
import {escapeAttribute} from "../lib/escapeAttribute.ts";

export interface SvgOptions {
  /** Prefix for every id in the SVG, unique on the page (Plot numbers clip paths and patterns process-wide). */
  idPrefix: string;
  /** The SVG's accessible name. */
  label: string;
  /** Id of the element (in the page) that describes the chart. */
  describedBy?: string;
}

/**
 * Renders Plot options to an SVG string on the server, with no browser. This is
 * the one place that touches the server DOM, so the fixes Plot's output needs
 * outside a browser are made once, for every chart:
 * - ids are renumbered from a per-chart prefix, so output is deterministic and
 *   two charts on one page never share a clip path or pattern;
 * - the SVG is an image with a name and a description (a group when it holds links);
 * - Plot's `<g aria-label>` groups get role="group" (a bare aria-label on a
 *   generic element is not allowed in ARIA);
 * - Plot's inline stylesheet is dropped: the site's stylesheet styles charts.
 */
export function plotToSvg(options: Plot.PlotOptions, {idPrefix, label, describedBy}: SvgOptions): string {
  const {document} = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({...options, document}) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg") throw new Error("plotToSvg: give charts no title, caption or legend options; the figure markup draws those");
  svg.querySelector("style")?.remove();
  svg.removeAttribute("class");
  svg.setAttribute("class", "chart-svg");
  // An image cannot contain links (ARIA's nested-interactive rule); a chart whose
  // marks link somewhere (timeline events to their sources) is a labelled group.
  svg.setAttribute("role", svg.querySelector("a") ? "group" : "img");
  svg.setAttribute("aria-label", label);
  if (describedBy) svg.setAttribute("aria-describedby", describedBy);
  for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  // The server DOM escapes only the quote in attribute values (HTML allows the rest);
  // an SVG file is XML, which needs &, < and > escaped there too.
  let html = svg.outerHTML.replace(/="([^"]*)"/g, (_, value: string) => `="${escapeAttribute(value.replaceAll("&quot;", '"'))}"`);
  const ids = [...svg.querySelectorAll("[id]")].map((element) => element.getAttribute("id")!);
  ids.forEach((id, index) => {
    const fresh = `${idPrefix}-${index}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    html = html.replace(new RegExp(`(id="|url\\(#|href="#)${escaped}(?=[")])`, "g"), `$1${fresh}`);
  });
  return html;
}
