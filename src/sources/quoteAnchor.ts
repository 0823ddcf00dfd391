import {createHash} from "node:crypto";
import {href} from "../lib/href.ts";
import {normaliseForMatch} from "../data/quoteMatch.ts";

/** The id of a quoted passage on its source's page: stable for the same words. */
export function quoteAnchor(quote: string): string {
  return `q-${createHash("sha1").update(normaliseForMatch(quote)).digest("hex").slice(0, 8)}`;
}

/** Link to a source's page, or to one quoted passage on it. */
export function sourceHref(source: string, quote?: string): string {
  return href(`/sources/${source}/`) + (quote ? `#${quoteAnchor(quote)}` : "");
}
