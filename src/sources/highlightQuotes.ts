import {h} from "hastscript";
import {toHtml} from "hast-util-to-html";
import type {ElementContent} from "hast";
import {createHash} from "node:crypto";
import {join} from "node:path";
import {quoteFinder} from "../data/quoteMatch.ts";
import {ReadLog} from "../lib/readLog.ts";
import {DiskMemo} from "../lib/diskMemo.ts";
import {resultsFolder, resultsVersion} from "../lib/resultMemo.ts";
import {quoteAnchor} from "./quoteAnchor.ts";

/**
 * A source's text as HTML paragraphs, with every quoted passage marked and
 * given the anchor that figures, events and prose link to.
 */
export function highlightQuotes(text: string, quotes: readonly string[]): string {
  const spans: {start: number; end: number; anchors: string[]}[] = [];
  // One anchor per quote, however its quote marks were typed.
  const byAnchor = new Map(quotes.map((quote) => [quoteAnchor(quote), quote.normalize("NFC")]));
  const nfc = text.normalize("NFC");
  // Found as the check finds them (whole words; whitespace and quote marks forgiven), through a word index in a long source.
  const find = quoteFinder(nfc);
  for (const [anchor, quote] of byAnchor) {
    const span = find(quote);
    if (span) spans.push({...span, anchors: [anchor]});
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
    pushText(nfc.slice(cursor, start));
    const [first, ...rest] = anchors;
    paragraphs.at(-1)!.push(...rest.map((id) => h("span", {id})), h("mark", {id: first}, nfc.slice(start, end)));
    cursor = end;
  }
  pushText(nfc.slice(cursor));
  return toHtml(paragraphs.filter((p) => p.length).map((children) => h("p", children)));
}

/**
 * highlightQuotes for the source `id` of the project at `root`, kept on disk
 * between builds (`.astro/results/source-texts/`, not in memory: each source
 * page is made once a build): a source is marked again only when its text,
 * the passages quoted from it or the code changed. At 1,000 sources that is
 * most of the source pages' work, saved on every rebuild.
 */
export function highlightedText(root: string, id: string, text: string, quotes: readonly string[]): string {
  const disk = process.env.CHART_CACHE === "off" ? undefined : new DiskMemo<string>(join(root, resultsFolder, "source-texts"), {});
  const key = createHash("sha1").update(JSON.stringify([text, quotes, resultsVersion()])).digest("hex");
  const kept = disk?.get(id, key, {});
  if (kept) return kept.value;
  const html = highlightQuotes(text, quotes);
  disk?.set(id, key, new ReadLog(), html);
  return html;
}
