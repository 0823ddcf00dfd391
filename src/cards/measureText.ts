import {bundledFont} from "../embed/bundledFont.ts";
import type {Weight} from "../embed/fontFile.ts";

const advances = new Map<string, number>();

/**
 * The width in px of `text` at `size` px: the sum of the bundled font's advance
 * widths. Kerning is left out (Inter's kerning narrows text, so this errs wide) and a
 * character the font lacks counts a full em, the widest a CJK or other fallback glyph is.
 */
export function measureText(text: string, size: number, weight: Weight = "regular"): number {
  const face = bundledFont(weight);
  let units = 0;
  for (const char of text) {
    const key = `${weight}${char}`;
    let advance = advances.get(key);
    if (advance === undefined) {
      const code = char.codePointAt(0)!;
      advance = face.hasGlyphForCodePoint(code) ? face.glyphForCodePoint(code).advanceWidth / face.unitsPerEm : 1;
      advances.set(key, advance);
    }
    units += advance;
  }
  return units * size;
}
