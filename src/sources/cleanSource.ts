import {repairMojibake} from "./repairMojibake.ts";
import {stripBoilerplate} from "./stripBoilerplate.ts";
import {markTruncation, truncationMark} from "./markTruncation.ts";

/** One change the cleaning step made to a raw source, shown on the source's page. */
export interface Cleaning {
  kind: "encoding" | "boilerplate" | "truncation";
  /** What the raw file had (for truncation, its last words). */
  before: string;
  /** What the clean text has instead. */
  after: string;
}

export interface CleanText {
  text: string;
  cleanings: Cleaning[];
  truncated: boolean;
}

/**
 * Derives citable text from a raw scraped article: repairs the encoding, drops
 * page furniture, marks a cut-off ending. The raw file is never changed.
 */
export function cleanSource(raw: string): CleanText {
  const normalised = raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const encoding = repairMojibake(normalised);
  const furniture = stripBoilerplate(encoding.text);
  const ending = markTruncation(furniture.text);
  const cleanings: Cleaning[] = [
    ...encoding.repairs.map(({found, replacement}) => ({kind: "encoding" as const, before: found, after: replacement})),
    ...furniture.removals.map(({removed}) => ({kind: "boilerplate" as const, before: removed.trim(), after: ""})),
  ];
  if (ending.truncated) {
    const lastWords = furniture.text.trimEnd().split(/\s+/).slice(-4).join(" ");
    cleanings.push({kind: "truncation", before: lastWords, after: `${lastWords} ${truncationMark}`});
  }
  return {text: ending.text, cleanings, truncated: ending.truncated};
}
