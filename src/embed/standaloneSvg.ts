import {s} from "hastscript";
import type {ElementContent} from "hast";
import type {ChartModel} from "../charts/chart.ts";
import {wrapText} from "../charts/wrapText.ts";
import type {Data} from "../data/loadData.ts";
import {svgDocument} from "./svgDocument.ts";
import {processShared} from "../lib/processShared.ts";
import {layouts, renderChart} from "../render/renderChart.ts";

/** Fonts that every system has some version of; the PNG renderer maps them to the bundled font. */
export const standaloneFonts = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif";
export const ink = "#1a1d21";
export const muted = "#4f5963";
const padding = 20;

/** A panel's wide drawing placed at (x, y) as a nested SVG, without page-only attributes (ids of page elements). */
export function nestedPanel(wide: string, x: number, y: number): {markup: string; height: number} {
  // Not clipped to its own box (Plot draws inside it): a clipped nested SVG costs resvg a third more time to draw.
  const markup = wide.replace(/ aria-describedby="[^"]*"/, "").replace(/^<svg /, `<svg x="${x}" y="${y}" overflow="visible" `);
  return {markup, height: Number(/ height="([\d.]+)"/.exec(wide)?.[1] ?? 0)};
}

function lines(text: string, size: number, width: number) {
  return wrapText(text, width, size);
}

/**
 * A chart as one self-contained SVG file, for download: title, subtitle, every
 * panel in its wide layout, notes, sources and credit, in real colours, with an
 * SVG title and description, and fonts any system can draw.
 */
export function standaloneSvg(spec: ChartModel, data: Data): {svg: string; width: number; height: number} {
  // The SVG and PNG downloads both start from it: made once per chart of a loaded site.
  let made = madeFor.get(spec);
  if (!made || made.data !== data) madeFor.set(spec, (made = {data, result: makeStandaloneSvg(spec, data)}));
  return made.result;
}

// Shared by the build's check (which starts the PNGs) and its pages (which write the SVGs).
const madeFor = processShared("standaloneSvgs", () => new WeakMap<ChartModel, {data: Data; result: {svg: string; width: number; height: number}}>());

function makeStandaloneSvg(spec: ChartModel, data: Data): {svg: string; width: number; height: number} {
  const width = layouts.wide + padding * 2;
  const inner = layouts.wide;
  const children: ElementContent[] = [];
  let y = padding;
  const textBlock = (text: string, size: number, options: {bold?: boolean; color?: string; gap?: number} = {}) => {
    const lineHeight = Math.round(size * 1.3);
    for (const line of lines(text, size, inner)) {
      y += lineHeight;
      children.push(s("text", {x: padding, y: y - Math.round(size * 0.3), fontSize: size, fontWeight: options.bold ? "bold" : undefined, fill: options.color ?? ink}, line));
    }
    y += options.gap ?? 0;
  };
  textBlock(spec.title, 20, {bold: true, gap: 4});
  textBlock(spec.subtitle, 14, {color: muted, gap: 12});
  // The story's drawing, reused: its ids never meet another chart's in a file of its own.
  for (const panel of renderChart(spec)) {
    if (panel.heading) textBlock(panel.heading, 14, {bold: true, gap: 6});
    const {markup, height} = nestedPanel(panel.wide, padding, y);
    children.push({type: "raw", value: markup} as unknown as ElementContent);
    y += height + 16;
  }
  for (const note of spec.notes) textBlock(note, 12, {color: muted, gap: 2});
  const outlets = [...new Set(spec.citations.map((c) => data.sources.get(c.source)?.outlet ?? c.source))];
  y += 6;
  textBlock(`Source${outlets.length > 1 ? "s" : ""}: ${outlets.join("; ")}. ${data.settings.credit}.`, 12, {color: muted});
  const height = Math.ceil(y + padding);
  const tree = s(
    "svg",
    {xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", ariaLabelledBy: "title desc", fontFamily: standaloneFonts, color: ink},
    [s("title", {id: "title"}, spec.title), s("desc", {id: "desc"}, spec.description), s("rect", {width, height, fill: "#ffffff"}), ...children],
  );
  return {svg: svgDocument(tree), width, height};
}
