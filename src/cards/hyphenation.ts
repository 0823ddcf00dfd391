import {existsSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

const require = createRequire(import.meta.url);
const patterns = dirname(require.resolve("hyphen/package.json"));
const found = new Map<string, (text: string) => string>();
const none = (text: string) => text;

/**
 * Marks where a language's words may be hyphenated (soft hyphens, by Liang's TeX
 * patterns from the hyphen package), so a long word on a card breaks as a reader
 * expects ("Radwege-/netz"), not between any two letters. The most specific
 * patterns for the locale are used (de-CH, en-GB, then de, en); a language without
 * any is left as it is.
 */
export function hyphenation(locale = ""): (text: string) => string {
  let hyphenate = found.get(locale);
  if (hyphenate) return hyphenate;
  hyphenate = none;
  try {
    const {language, region} = new Intl.Locale(locale);
    for (const name of [region ? `${language}-${region}`.toLowerCase() : "", language]) {
      if (name && existsSync(join(patterns, name, "index.js"))) {
        const {hyphenateSync} = require(`hyphen/${name}`) as {hyphenateSync: (text: string, options?: {minWordLength?: number}) => string};
        hyphenate = (text: string) => hyphenateSync(text, {minWordLength: 6});
        break;
      }
    }
  } catch {
    // not a locale: no hyphenation
  }
  found.set(locale, hyphenate);
  return hyphenate;
}
