import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fitText, wrapLines} from "../../src/cards/fitText.ts";
import {hyphenation} from "../../src/cards/hyphenation.ts";
import {measureText} from "../../src/cards/measureText.ts";

const box = {width: 600, maxLines: 3, largest: 60, smallest: 30, weight: "bold" as const};
// Spaces, and hyphens (a line broken inside a word shows one), are not what is compared.
const squash = (text: string) => text.replace(/[\s\u00a0-]+/g, "");

/** Words from scripts with and without spaces between words. */
const words = fc.constantFrom("Police", "figures", "Metropolitan", "officers,", "1,809", "«Überprüfung»", "Полиция", "Αστυνομία", "cảnh sát", "警察の", "報告書は", "ตำรวจ", "الشرطة", "a-very-long-hyphenated-compound-of-many-words", "https://example.org/a/very/long/path/without/spaces");
const headline = fc.array(words, {minLength: 1, maxLength: 40}).map((parts) => parts.join(" "));

describe("fitText(text, box) sets a headline in a box", () => {
  it("fitText(short) keeps the largest size and one line", () => {
    expect(fitText("Fares, explained", box)).toEqual({size: 60, lines: ["Fares, explained"]});
  });

  it("fitText(text) never spills: at most maxLines lines, each no wider than the box, at a size in range (any script, any length)", () => {
    fc.assert(
      fc.property(headline, (text) => {
        const {size, lines} = fitText(text, box);
        expect(size).toBeGreaterThanOrEqual(box.smallest);
        expect(size).toBeLessThanOrEqual(box.largest);
        expect(lines.length).toBeLessThanOrEqual(box.maxLines);
        for (const line of lines) expect(measureText(line, size, "bold")).toBeLessThanOrEqual(box.width);
        // Nothing is lost unless the text was cut, and then the cut is shown.
        if (!lines.at(-1)!.endsWith("…")) expect(squash(lines.join(""))).toBe(squash(text));
        else expect(squash(text).startsWith(squash(lines.join("")).slice(0, -1).replace(/[,;:.–—-]+$/, ""))).toBe(true);
      }),
      {numRuns: 300},
    );
  });

  it("fitText(long) shrinks before it cuts, and cuts with an ellipsis only at the smallest size", () => {
    const long = "The review found a misconduct system that rarely removes officers, even after repeated complaints";
    const shrunk = fitText(long, box);
    expect(shrunk.size).toBeLessThan(box.largest);
    expect(shrunk.lines.at(-1)).not.toMatch(/…$/);
    const cut = fitText(long.repeat(10), box);
    expect(cut.size).toBe(box.smallest);
    expect(cut.lines).toHaveLength(3);
    expect(cut.lines.at(-1)).toMatch(/…$/);
  });

  it("fitText(text, {locale}) keeps whole words while any size fits, and hyphenates by the language's patterns only when none does", () => {
    const english = fitText("The Casey Review: what it found inside London’s Metropolitan Police", {...box, width: 1072, largest: 56, locale: "en-GB"});
    expect(english.lines.some((line) => line.endsWith("-"))).toBe(false);
    const german = fitText("Radwegeinfrastrukturfinanzierungsprogramm der Stadtverwaltung", {...box, width: 700, maxLines: 3, largest: 56, smallest: 40, locale: "de-DE"});
    expect(german.lines[0]).toMatch(/\p{L}-$/u);
    expect(squash(german.lines.join(""))).toBe(squash("Radwegeinfrastrukturfinanzierungsprogramm der Stadtverwaltung"));
    // Split where German hyphenates it (by the hyphen package's patterns), not after any letter.
    const syllables = hyphenation("de-DE")("Radwegeinfrastrukturfinanzierungsprogramm").split("\u00ad");
    const points = syllables.map((_, i) => syllables.slice(0, i + 1).join(""));
    expect(points).toContain(german.lines[0]!.slice(0, -1));
  });

  it("fitText(text) keeps a number with the word after it", () => {
    const {lines} = fitText("Im Jahr 2025 zählten die Stellen 4,2 Millionen Radfahrten", {...box, width: 700, maxLines: 3, largest: 56, smallest: 40, locale: "de-DE"});
    expect(lines.some((line) => /4,2$/.test(line))).toBe(false);
  });

  it("wrapLines(text) breaks Chinese and Japanese between characters and keeps punctuation with its word", () => {
    const lines = wrapLines("ロンドン警視庁の内部で何が見つかったのか、独立した調査の報告書は人種差別と女性蔑視を指摘した", 400, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^[、。]/);
    expect(wrapLines("alpha beta, gamma delta", 130, 30, "bold").every((line) => !line.startsWith(","))).toBe(true);
  });

  it("measureText(text) counts a character the bundled font lacks as a full em, so it errs wide", () => {
    expect(measureText("警察", 10)).toBe(20);
    expect(measureText("iii", 10)).toBeLessThan(measureText("MMM", 10));
  });
});
