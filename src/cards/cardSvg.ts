import type {ElementContent} from "hast";
import {toHtml} from "hast-util-to-html";
import {s} from "hastscript";
import type {ChartModel} from "../charts/chart.ts";
import {ink, muted, nestedPanel, standaloneFonts} from "../embed/standaloneSvg.ts";
import {svgDocument} from "../embed/svgDocument.ts";
import {renderChart} from "../render/renderChart.ts";
import {cardSize} from "./cardPath.ts";
import {fitText, type FittedText} from "./fitText.ts";


/** What a card shows. */
export interface CardContent {
  /** The story's headline or the chart's title. */
  title: string;
  /** The story's dek, shown when there is no chart. */
  dek?: string;
  /** The chart drawn on the card: the chart's own, or a story's first. */
  chart?: ChartModel;
  /** From data/site.json. */
  siteName: string;
  /** The site's address without its scheme (news.example/transport), when known. */
  address?: string;
  /** The site's language, for wrapping and direction. */
  locale: string;
}

const pad = 64;
const accent = "#c8102e";
const rule = "#d5d9de";
const inner = cardSize.width - pad * 2;

/**
 * A link-preview card as an SVG file, drawn to a PNG by resvg like the chart
 * downloads: the site's name, the title set as large as fits (wrapped, shrunk and,
 * past the smallest size, cut with an ellipsis, so it never spills), then the chart
 * scaled into the space left, or the dek. Right-to-left languages are set from the right.
 */
export function cardSvg(card: CardContent): string {
  const {width, height} = cardSize;
  const rtl = direction(card.locale) === "rtl";
  const x = rtl ? width - pad : pad;
  const anchor = rtl ? "end" : "start";
  const children: ElementContent[] = [
    s("rect", {width, height, fill: "#ffffff"}),
    s("rect", {width, height: 10, fill: accent}),
  ];
  const text = (fitted: FittedText, top: number, options: {bold?: boolean; color: string; leading: number}, left = x) => {
    const lineHeight = Math.round(fitted.size * options.leading);
    fitted.lines.forEach((line, i) => {
      children.push(s("text", {x: left, y: Math.round(top + fitted.size * 0.8 + i * lineHeight), fontSize: fitted.size, fontWeight: options.bold ? "bold" : undefined, fill: options.color, textAnchor: anchor}, line));
    });
    return top + (fitted.lines.length - 1) * lineHeight + fitted.size * 1.05;
  };
  const name = fitText(card.siteName, {width: inner, maxLines: 1, largest: 28, smallest: 20, weight: "bold", locale: card.locale});
  let y = text(name, pad - 8, {bold: true, color: accent, leading: 1.2}) + 22;
  const footer = height - pad + 12;
  if (card.chart) {
    const chart = chartStack(card.chart);
    const bottom = footer - 36;
    // A wide chart goes under the title; a tall one (a timeline) beside it, where it is drawn larger.
    const title = fitText(card.title, {width: inner, maxLines: 3, largest: 56, smallest: 32, weight: "bold", locale: card.locale});
    const under = y + title.lines.length * title.size * 1.15 + 24;
    const column = 400;
    const side = {x: rtl ? pad : pad + column + 40, y, width: inner - column - 40, height: bottom - y};
    if (fitScale(chart, side) > 1.25 * fitScale(chart, {width: inner, height: bottom - under})) {
      const beside = fitText(card.title, {width: column, maxLines: 7, largest: 48, smallest: 28, weight: "bold", locale: card.locale});
      text(beside, y, {bold: true, color: ink, leading: 1.15}, rtl ? width - pad : pad);
      children.push(placed(chart, side, rtl));
    } else {
      y = text(title, y, {bold: true, color: ink, leading: 1.15}) + 24;
      children.push(placed(chart, {x: pad, y, width: inner, height: bottom - y}, rtl));
    }
  } else {
    const title = fitText(card.title, {width: inner, maxLines: 4, largest: 76, smallest: 44, weight: "bold", locale: card.locale});
    const titleHeight = (title.lines.length - 1) * Math.round(title.size * 1.12) + title.size * 1.05;
    const bottom = footer - 40;
    const room = Math.floor((bottom - y - titleHeight - 28) / Math.round(32 * 1.3));
    const dek = card.dek && room > 0 ? fitText(card.dek, {width: inner, maxLines: Math.min(3, room), largest: 32, smallest: 24, locale: card.locale}) : undefined;
    const dekHeight = dek ? 28 + (dek.lines.length - 1) * Math.round(dek.size * 1.3) + dek.size * 1.05 : 0;
    // The headline and dek sit in the middle of the space they have, not under the name with a gap below.
    y += Math.max(0, (bottom - y - titleHeight - dekHeight) / 2);
    y = text(title, y, {bold: true, color: ink, leading: 1.12}) + 28;
    if (dek) text(dek, y, {color: muted, leading: 1.3});
  }
  children.push(s("rect", {x: pad, y: footer - 28, width: inner, height: 2, fill: rule}));
  if (card.address) children.push(s("text", {x, y: footer, fontSize: 22, fill: muted, textAnchor: anchor}, fitText(card.address, {width: inner, maxLines: 1, largest: 22, smallest: 22}).lines[0]));
  // Text in a script the bundled font lacks is measured at a full em a character, which the
  // widest fallback glyphs (some symbols, some syllabaries) exceed: the margins clip it, so it never leaves the card.
  // Only the text: the chart is scaled into its box, which clips it, and a clip over the whole card
  // costs resvg nearly half the time it takes to draw one.
  const [background, bar, ...content] = children;
  const isText = (node: ElementContent) => node.type === "element" && node.tagName === "text";
  const margins = s("clipPath", {id: "card-margins"}, [s("rect", {x: pad - 4, y: 0, width: inner + 8, height})]);
  const tree = s("svg", {xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", ariaLabelledBy: "card-title", fontFamily: standaloneFonts, color: ink, direction: rtl ? "rtl" : undefined}, [
    s("title", {id: "card-title"}, card.title),
    s("defs", [margins]),
    background!,
    bar!,
    s("g", {clipPath: "url(#card-margins)"}, content.filter(isText)),
    ...content.filter((node) => !isText(node)),
  ]);
  return svgDocument(tree);
}

interface Stack {
  parts: string[];
  width: number;
  height: number;
}

/** The chart's panels in their wide layout, one under another, with their headings. */
function chartStack(chart: ChartModel): Stack {
  const parts: string[] = [];
  let y = 0;
  let width = 0;
  for (const panel of renderChart(chart)) {
    if (panel.heading) {
      y += 20;
      parts.push(svgText(panel.heading, y - 4));
      y += 6;
    }
    const {markup, height} = nestedPanel(panel.wide, 0, y);
    parts.push(markup);
    width = Math.max(width, Number(/ width="([\d.]+)"/.exec(panel.wide)?.[1] ?? 0));
    y += height + 12;
  }
  return {parts, width: Math.max(1, width), height: Math.max(1, y - 12)};
}

// Never enlarged past 1.5 times: a small chart stays a chart, not a poster of its axis labels.
const fitScale = (stack: Stack, box: {width: number; height: number}) => Math.min(box.width / stack.width, box.height / stack.height, 1.5);

/** The stack scaled to fit the box, centred in it (set against the right edge in a right-to-left card). */
function placed(stack: Stack, box: {x: number; y: number; width: number; height: number}, rtl: boolean): ElementContent {
  const scale = fitScale(stack, box);
  const w = stack.width * scale;
  const h = stack.height * scale;
  const left = rtl ? box.x + box.width - w : box.x + (box.width - w) / 2;
  return {type: "raw", value: `<svg x="${left.toFixed(1)}" y="${(box.y + (box.height - h) / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" viewBox="0 0 ${stack.width} ${stack.height}">${stack.parts.join("")}</svg>`} as unknown as ElementContent;
}

function svgText(heading: string, y: number): string {
  return toHtml(s("text", {x: 0, y, fontSize: 14, fontWeight: "bold", fill: ink}, heading), {space: "svg"});
}

function direction(locale: string): "ltr" | "rtl" {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {getTextInfo?: () => {direction: string}; textInfo?: {direction: string}};
    return (info.getTextInfo?.() ?? info.textInfo)?.direction === "rtl" ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}
