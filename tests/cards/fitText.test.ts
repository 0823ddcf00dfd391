import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fitText, wrapLines} from "../../src/cards/fitText.ts";
import {measureText} from "../../src/cards/measureText.ts";

const box = {width: 600, maxLines: 3, largest: 60, smallest: 30, weight: "bold" as const};
const squash = (text: string) => text.replace(/\s+/g, "");

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
