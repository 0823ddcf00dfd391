import LineBreaker from "linebreak";
import {measureText} from "./measureText.ts";

/** Text set to fit a box: its size in px and its lines. */
export interface FittedText {
  size: number;
  lines: string[];
}

interface Box {
  width: number;
  maxLines: number;
  /** The size tried first, and the smallest allowed; sizes step down by 2 px. */
  largest: number;
  smallest: number;
  weight?: "regular" | "bold";
}

const ellipsis = "…";
const graphemes = new Intl.Segmenter(undefined, {granularity: "grapheme"});

/**
 * Sets text in a box, as a headline on a card: the largest size at which it
 * wraps into `maxLines` lines of `width`, down to `smallest`; text still too long
 * at the smallest size is cut at a line end with an ellipsis. Lines break where
 * the Unicode line-breaking algorithm allows, so a language without spaces
 * (Chinese, Japanese, Thai) wraps too, and punctuation stays with its word.
 */
export function fitText(text: string, box: Box): FittedText {
  const clean = text.replace(/\s+/g, " ").trim();
  // A smaller size is better than a word split in two.
  for (let size = box.largest; size > box.smallest; size -= 2) {
    const lines = wrapLines(clean, box.width, size, box.weight);
    if (lines.length <= box.maxLines && !lines.split) return {size, lines: [...lines]};
  }
  const size = box.smallest;
  const lines = wrapLines(clean, box.width, size, box.weight);
  if (lines.length <= box.maxLines) return {size, lines: [...lines]};
  const kept = lines.slice(0, box.maxLines);
  kept[kept.length - 1] = cut(`${kept.at(-1)!} ${lines[box.maxLines]}`, box.width, size, box.weight);
  return {size, lines: kept};
}

/** Breaks text into lines no wider than `width` at `size` px; `split` says whether a word had to be broken. */
export function wrapLines(text: string, width: number, size: number, weight?: "regular" | "bold"): string[] & {split?: boolean} {
  const fits = (line: string) => measureText(line.trimEnd(), size, weight) <= width;
  const lines: string[] & {split?: boolean} = [];
  let line = "";
  for (const piece of breakable(text)) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = "";
    // A piece wider than a line on its own (a long URL, a compound word) is split between characters,
    // never inside one (an emoji with its modifiers, a letter with its accents).
    for (const {segment: char} of graphemes.segment(piece)) {
      if (line && !fits(line + char)) {
        lines.split = true;
        lines.push(line.trimEnd());
        line = "";
      }
      line += char;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function breakable(text: string): string[] {
  const breaker = new LineBreaker(text);
  const pieces: string[] = [];
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    pieces.push(text.slice(last, next.position));
    last = next.position;
  }
  return pieces;
}

/** The line shortened at a break (or a character) until it fits with an ellipsis after it. */
function cut(line: string, width: number, size: number, weight?: "regular" | "bold"): string {
  const chars = [...graphemes.segment(line)].map((g) => g.segment);
  while (chars.length && measureText(`${chars.join("").trimEnd()}${ellipsis}`, size, weight) > width) chars.pop();
  const text = chars.join("").trimEnd();
  // Cut at the last break when there is one near, not inside a word.
  const space = text.lastIndexOf(" ");
  const atBreak = space > text.length * 0.6 ? text.slice(0, space) : text;
  return `${atBreak.replace(/[\s,;:.–—-]+$/, "")}${ellipsis}`;
}
