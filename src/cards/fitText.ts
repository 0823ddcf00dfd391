import LineBreaker from "linebreak";
import {hyphenation} from "./hyphenation.ts";
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
  /** The text's language, for where its words may be hyphenated. */
  locale?: string;
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
  // A number stays with the word after it ("4,2 Millionen", "1,809 officers").
  const plain = text.replace(/\s+/g, " ").trim().replace(/(\d) (?=\p{L})/gu, "$1\u00a0");
  // Whole words first, at any size; hyphenated words only when no size fits without; a word split anywhere last of all.
  const hyphenated = hyphenation(box.locale)(plain);
  for (const clean of plain === hyphenated ? [plain] : [plain, hyphenated]) {
    for (let size = box.largest; size > box.smallest; size -= 2) {
      const lines = wrapLines(clean, box.width, size, box.weight);
      if (lines.length <= box.maxLines && !lines.split) return {size, lines: shown(lines)};
    }
  }
  const size = box.smallest;
  const lines = wrapLines(hyphenated, box.width, size, box.weight);
  if (lines.length <= box.maxLines) return {size, lines: shown(lines)};
  const kept = shown(lines.slice(0, box.maxLines + 1));
  kept[box.maxLines - 1] = cut(`${kept[box.maxLines - 1]!.replace(/-$/, "")} ${kept[box.maxLines]}`, box.width, size, box.weight);
  return {size, lines: kept.slice(0, box.maxLines)};
}

const shy = "\u00ad";

/** Lines as drawn: a line broken at a hyphenation point ends in a hyphen; other soft hyphens are invisible, so dropped. */
function shown(lines: readonly string[]): string[] {
  return lines.map((line) => (line.endsWith(shy) ? `${line.slice(0, -1).replaceAll(shy, "")}-` : line.replaceAll(shy, "")));
}

/** Breaks text into lines no wider than `width` at `size` px; `split` says whether a word had to be broken. */
export function wrapLines(text: string, width: number, size: number, weight?: "regular" | "bold"): string[] & {split?: boolean} {
  // Measured as drawn: soft hyphens unseen, except at the end of the line, where one shows as "-".
  const fits = (line: string) => measureText(shown([line.trimEnd()])[0]!, size, weight) <= width;
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
      if (line && !fits(line + char + shy)) {
        lines.split = true;
        // Inside a word, the break shows a hyphen; inside a URL or a number, none.
        lines.push(line.trimEnd() + (/\p{L}$/u.test(line) && /^\p{L}/u.test(char) ? shy : ""));
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
