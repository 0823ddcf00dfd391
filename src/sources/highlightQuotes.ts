import {h} from "hastscript";
import {toHtml} from "hast-util-to-html";
import type {ElementContent} from "hast";
import {quoteAnchor} from "./quoteAnchor.ts";

/** The pattern that finds a quote in text despite differences in whitespace and quote marks (as quoteMatch allows). */
function quotePattern(quote: string): RegExp {
  const body = quote.trim().split("").map((char) => {
    if (/\s/.test(char)) return "\\s+";
    if (/['‘’‚‛′]/.test(char)) return "['‘’‚‛′]";
    if (/["“”„‟″]/.test(char)) return '["“”„‟″]';
    return char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("").replace(/(\\s\+)+/g, "\\s+");
  return new RegExp(body, "u");
}

/**
 * A source's text as HTML paragraphs, with every quoted passage marked and
 * given the anchor that figures, events and prose link to.
 */
export function highlightQuotes(text: string, quotes: readonly string[]): string {
  const spans: {start: number; end: number; anchors: string[]}[] = [];
  for (const quote of new Set(quotes)) {
    const match = quotePattern(quote).exec(text);
    if (match) spans.push({start: match.index, end: match.index + match[0].length, anchors: [quoteAnchor(quote)]});
  }
  spans.sort((a, b) => a.start - b.start);
  // Overlapping quotes become one highlighted passage carrying each quote's anchor.
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.anchors.push(...span.anchors);
    } else merged.push({...span, anchors: [...span.anchors]});
  }
  const paragraphs: ElementContent[][] = [[]];
  const pushText = (value: string) => {
    value.split(/\n+/).forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part) paragraphs.at(-1)!.push({type: "text", value: part});
    });
  };
  let cursor = 0;
  for (const {start, end, anchors} of merged) {
    pushText(text.slice(cursor, start));
    const [first, ...rest] = anchors;
    paragraphs.at(-1)!.push(...rest.map((id) => h("span", {id})), h("mark", {id: first}, text.slice(start, end)));
    cursor = end;
  }
  pushText(text.slice(cursor));
  return toHtml(paragraphs.filter((p) => p.length).map((children) => h("p", children)));
}
