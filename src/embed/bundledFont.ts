import * as fontkit from "fontkit";
import {fontFile, type Weight} from "./fontFile.ts";
import {svgText} from "./svgText.ts";

const opened = new Map<Weight, fontkit.Font>();

/** The bundled font itself (fontkit), to measure text exactly as resvg will draw it. */
export function bundledFont(weight: Weight = "regular"): fontkit.Font {
  let font = opened.get(weight);
  if (!font) opened.set(weight, (font = fontkit.openSync(fontFile[weight]) as fontkit.Font));
  return font;
}

const has = new Map<number, boolean>();

/** Whether the bundled font has a glyph of its own for a character (by its code point). */
export function bundledFontHas(code: number): boolean {
  let found = has.get(code);
  if (found === undefined) has.set(code, (found = bundledFont().hasGlyphForCodePoint(code)));
  return found;
}

/**
 * Whether the bundled font has every character of `text`: Latin, Greek, Cyrillic
 * and Vietnamese it has; Arabic, Hebrew, Chinese, Japanese, Devanagari and others
 * it lacks, and a drawing with them falls back to the machine's own fonts.
 */
export function bundledFontCovers(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x250) continue;
    if (!/\s/.test(char) && !bundledFontHas(code)) return false;
  }
  return true;
}

/**
 * Whether drawing `svg` needs the machine's fonts besides the bundled one: only
 * when its text has a character Inter lacks (they are slower to load).
 */
export function needsSystemFonts(svg: string): boolean {
  return !bundledFontCovers(svgText(svg));
}
