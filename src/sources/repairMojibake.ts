/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252 somewhere upstream
 * ("Â£" for "£", "â€™" for "’"). Only runs that decode to valid UTF-8 are
 * replaced, so ordinary accented text ("Â" alone, "café") is left alone.
 */

// Windows-1252 puts these characters at bytes 0x80–0x9F; everything else in
// the upstream decoding maps one-to-one onto Latin-1.
const cp1252: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
  "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93,
  "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b,
  "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};
const continuation = `[\\u0080-\\u00BF${Object.keys(cp1252).join("")}]`;
// A UTF-8 lead byte (0xC2–0xF4) seen as Latin-1, followed by its continuation bytes.
const suspect = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}`, "g");

const plausible = /^[\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2010-\u206F\u20AC\u2122]$/u;

function toByte(char: string): number {
  return cp1252[char] ?? char.charCodeAt(0);
}

export interface Repair {
  /** Offset of the faulty run in the input. */
  index: number;
  found: string;
  replacement: string;
}

export function repairMojibake(text: string): {text: string; repairs: Repair[]} {
  const repairs: Repair[] = [];
  const decoder = new TextDecoder("utf-8", {fatal: true});
  const repaired = text.replace(suspect, (found, index: number) => {
    try {
      const replacement = decoder.decode(Uint8Array.from(Array.from(found, toByte)));
      // Valid UTF-8 is not enough: "É”" decodes to "ɔ". Accept only what such a
      // fault turns into in English news text: Latin-1 letters and signs, and punctuation.
      if (!plausible.test(replacement)) return found;
      repairs.push({index, found, replacement});
      return replacement;
    } catch {
      return found; // not a UTF-8 sequence after all
    }
  });
  return {text: repaired, repairs};
}
