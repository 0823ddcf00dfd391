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
const scales: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6, bn: 1e9};

const pattern = new RegExp(
  String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)(?!,\d)(?:\s*(thousand|million|billion)\b|(k|m|bn)\b)?|\b(${Object.keys(words).sort((a, b) => b.length - a.length).join("|")})\b`,
  "gi",
);

/**
 * Every number a piece of prose states, in digits or in words: "1,809" → 1809,
 * "£700 million" → 700 and 700000000, "three in 10" → 3 and 10. Used to check
 * that a figure's value is one its quote actually states.
 */
export function numbersInText(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(pattern)) {
    const [, digits, scale, suffix, word] = match;
    if (digits) {
      const value = Number(digits.replace(/,/g, ""));
      found.add(value);
      const multiplier = scale ?? suffix;
      if (multiplier) found.add(value * scales[multiplier.toLowerCase()]!);
    } else if (word) {
      found.add(words[word.toLowerCase()]!);
    }
  }
  return found;
}
