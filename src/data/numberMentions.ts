const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const words: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
};
// "twenty-two", "forty one"
for (const [t, ten] of tens.entries()) for (const [u, unit] of units.entries()) words[`${ten}-${unit}`] = words[`${ten} ${unit}`] = (t + 2) * 10 + u + 1;

/** English scale words and suffixes ("£700m", "1.2bn"), read in every source whatever its locale. */
const englishScales: Record<string, number> = {thousand: 3, million: 6, billion: 9, trillion: 12};
const englishSuffixes: Record<string, number> = {k: 3, m: 6, bn: 9, tn: 12};

/** A number a text states, as it states it. */
export interface NumberMention {
  /** The number meant: 35800000 for "35.8 million". */
  value: number;
  /** The digits as written: 35.8. */
  base: number;
  /** Decimal places as written: 1 for "35.8". */
  decimals: number;
  /** The power of ten of a scale word after it (6 for "million"); 0 when there is none. */
  scale: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Reader {
  pattern: RegExp;
  group: string;
  decimal: string;
  scales: Map<string, number>;
}

const readers = new Map<string, Reader>();

/** The pattern that reads numbers as a locale writes them: 1,809.5 (en), 1.809,5 (de), 1 809,5 (fr). */
function reader(locale: string): Reader {
  const cached = readers.get(locale);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.8);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  // A space used as a group separator may be typed as any kind of space.
  const g = /\s/.test(group) ? "[ \\u00A0\\u202F]" : escape(group);
  const d = escape(decimal);
  const scales = new Map<string, number>(Object.entries(englishScales));
  for (const exponent of [3, 6, 9, 12]) {
    for (const display of ["long", "short"] as const) {
      for (const n of [1, 2]) {
        const word = new Intl.NumberFormat(locale, {notation: "compact", compactDisplay: display}).formatToParts(n * 10 ** exponent).find((p) => p.type === "compact")?.value;
        // One-letter abbreviations ("K", "M") are too easily something else.
        if (word && word.length > 1) scales.set(word.toLowerCase(), exponent);
      }
    }
  }
  const scaleWords = [...scales.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const numberWords = Object.keys(words).sort((a, b) => b.length - a.length).join("|");
  const pattern = new RegExp(
    String.raw`(?<![\d${d}])(?<!\d${g})(\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?|\d+(?:${d}\d+)?)(?!\d)(?!${g}\d)(?:\s*(${scaleWords})(?![\p{L}\p{N}])|(${Object.keys(englishSuffixes).join("|")})(?![\p{L}\p{N}]))?|(?<![\p{L}])(${numberWords})(?![\p{L}])`,
    "giu",
  );
  const made = {pattern, group, decimal, scales};
  readers.set(locale, made);
  return made;
}

/**
 * Every number a piece of prose states, in digits or in words, as the locale
 * writes numbers: "1,809" → 1809, "£35.8 million" → 35.8 at 10^6, "three in 10"
 * → 3 and 10, and in de-DE "1.809" → 1809, "1,60 €" → 1.6. English scale words
 * and number words are read in any locale.
 */
export function numberMentions(text: string, locale = "en"): NumberMention[] {
  const {pattern, scales, decimal} = reader(locale);
  const found: NumberMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const [, digits, scaleWord, suffix, word] = match;
    if (digits) {
      const [whole = "", fraction = ""] = digits.split(decimal);
      const normal = `${whole.replace(/\D/g, "")}${fraction ? `.${fraction}` : ""}`;
      const scale = scaleWord ? scales.get(scaleWord.toLowerCase())! : suffix ? englishSuffixes[suffix.toLowerCase()]! : 0;
      // Number("35.8e6") is exactly 35800000, where 35.8 * 1e6 is not.
      found.push({value: Number(`${normal}e${scale}`), base: Number(normal), decimals: fraction.length, scale});
    } else if (word) {
      const value = words[word.toLowerCase()]!;
      found.push({value, base: value, decimals: 0, scale: 0});
    }
  }
  return found;
}
