/**
 * Quote verification compares text after normalising only whitespace and quote
 * marks, so a quote typed with straight quotes matches the article's curly ones
 * and a line break in a CSV cell does not matter. Nothing else is forgiven.
 */
/** Marks that count as the same single quote, and as the same double quote, when quotes are matched. */
export const singleQuotes = "'‘’‚‛′";
export const doubleQuotes = '"“”„‟″';
const single = new RegExp(`[${singleQuotes}]`, "g");
const double = new RegExp(`[${doubleQuotes}]`, "g");

export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(single, "'")
    .replace(double, '"')
    .replace(/\s+/g, " ")
    .trim();
}

// A source's normalised text, made once: a dataset may check thousands of quotes against it.
const normalisedSources = new Map<string, string>();
function normalisedSource(text: string): string {
  let normalised = normalisedSources.get(text);
  if (normalised === undefined) {
    if (normalisedSources.size > 64) normalisedSources.clear();
    normalisedSources.set(text, (normalised = normaliseForMatch(text)));
  }
  return normalised;
}

const wordChar = /[\p{L}\p{N}]/u;
const words = /[\p{L}\p{N}]+/gu;

/** Whether `needle` stands at `at` in `haystack` as whole words: "201" is not found in "2013". */
function wholeWordsAt(haystack: string, needle: string, at: number): boolean {
  if (!haystack.startsWith(needle, at)) return false;
  const before = haystack[at - 1] ?? " ";
  const after = haystack[at + needle.length] ?? " ";
  return !(wordChar.test(needle[0]!) && wordChar.test(before)) && !(wordChar.test(needle.at(-1)!) && wordChar.test(after));
}

// For a long source, where each word stands: a quote is then looked for only where its rarest
// word is, so checking thousands of quotes costs in proportion to the quotes, not their product
// with the source's length.
const wordIndexes = new Map<string, Map<string, number[]>>();
const indexedFrom = 100_000;
function wordIndex(haystack: string): Map<string, number[]> {
  let index = wordIndexes.get(haystack);
  if (!index) {
    if (wordIndexes.size > 16) wordIndexes.clear();
    wordIndexes.set(haystack, (index = indexWords(haystack)));
  }
  return index;
}

function indexWords(haystack: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const match of haystack.matchAll(words)) {
    const list = index.get(match[0]);
    if (list) list.push(match.index);
    else index.set(match[0], [match.index]);
  }
  return index;
}

/** Where `needle` (normalised) stands in `haystack` (normalised) as whole words, or -1. */
function findNormalised(haystack: string, needle: string, indexOf = wordIndex): number {
  if (!needle) return -1;
  const needleWords = [...needle.matchAll(words)];
  if (haystack.length >= indexedFrom && needleWords.length) {
    const index = indexOf(haystack);
    // The quote's rarest word, and where it sits in the quote.
    let rarest: {at: number; positions: number[]} | undefined;
    for (const word of needleWords) {
      const positions = index.get(word[0]) ?? [];
      if (!rarest || positions.length < rarest.positions.length) rarest = {at: word.index, positions};
      if (!positions.length) return -1;
    }
    const found = rarest!.positions.find((position) => wholeWordsAt(haystack, needle, position - rarest!.at));
    return found === undefined ? -1 : found - rarest!.at;
  }
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (wholeWordsAt(haystack, needle, at)) return at;
  }
  return -1;
}

/**
 * Whether the source contains the quote as whole words: "201" is not found in
 * "2013", nor "ban" in "urban".
 */
export function containsQuote(sourceText: string, quote: string): boolean {
  return findNormalised(normalisedSource(sourceText), normaliseForMatch(quote)) !== -1;
}

/**
 * Finds quotes in a text (in NFC) the way `containsQuote` does, giving where
 * each stands in that text itself, so a source page can mark it. The text is
 * normalised once, keeping where each of its characters came from.
 */
export function quoteFinder(nfcText: string): (quote: string) => {start: number; end: number} | undefined {
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < nfcText.length; i++) {
    const char = nfcText[i]!;
    if (/\s/.test(char)) {
      if (chars.length && chars.at(-1) !== " ") chars.push(" "), from.push(i);
    } else {
      chars.push(singleQuotes.includes(char) ? "'" : doubleQuotes.includes(char) ? '"' : char);
      from.push(i);
    }
  }
  if (chars.at(-1) === " ") chars.pop(), from.pop();
  const normalised = chars.join("");
  // Its own word index, held here: looking a long text up in a map compares it whole.
  let index: Map<string, number[]> | undefined;
  const indexOf = () => (index ??= indexWords(normalised));
  return (quote) => {
    const needle = normaliseForMatch(quote);
    const at = findNormalised(normalised, needle, indexOf);
    return at === -1 ? undefined : {start: from[at]!, end: from[at + needle.length - 1]! + 1};
  };
}

/**
 * For a quote that is not in the source: the longest opening of it that is, and
 * what the source says next, to show an editor where the quote went wrong.
 */
export function nearestPassage(sourceText: string, quote: string): string | undefined {
  const haystack = normaliseForMatch(sourceText);
  const words = normaliseForMatch(quote).split(" ");
  let best = 0;
  for (let n = 1; n <= words.length; n++) {
    if (haystack.includes(words.slice(0, n).join(" "))) best = n;
    else break;
  }
  if (best < 2) return undefined;
  const prefix = words.slice(0, best).join(" ");
  const at = haystack.indexOf(prefix);
  const passage = haystack.slice(at, at + prefix.length + 60);
  // End on a whole word, so the hint never looks like a quote cut mid-word.
  return `${passage.slice(0, Math.max(prefix.length, passage.lastIndexOf(" ")))}…`;
}
