import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {numberMentions} from "../../src/data/numberMentions.ts";
import {containsQuote, nearestPassage, quoteFinder} from "../../src/data/quoteMatch.ts";
import {locate} from "../../src/lib/locate.ts";
import {readCsv} from "../../src/data/readCsv.ts";
import {Problems} from "../../src/lib/problem.ts";

describe("readCsv", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-"));
  mkdirSync(join(dir, "data"));
  const lines = (text: string) => {
    writeFileSync(join(dir, "data/t.csv"), text);
    return readCsv(dir, "data/t.csv", {required: ["a", "b"], optional: []}, new Problems()).map((row) => row.line);
  };
  it("readCsv(file) gives each row the line it starts on, whatever the file's shape", () => {
    expect(lines("a,b\n1,2\n3,4\n")).toEqual([2, 3]);
    expect(lines("a,b\n1,2\n\n3,4\n")).toEqual([2, 4]);
    expect(lines("a,b\n1,2\n3,4")).toEqual([2, 3]);
    expect(lines('a,b\n"x\ny",2\n3,4\n')).toEqual([2, 4]);
    expect(lines('a,b\r\n"x\r\ny",2\r\n3,4\r\n')).toEqual([2, 4]);
    expect(lines("a,b\n“é”,2\n3,4\n")).toEqual([2, 3]);
    expect(lines("a,b\n")).toEqual([]);
  });
  it("readCsv(file) reports a short row and keeps the others", () => {
    writeFileSync(join(dir, "data/t.csv"), "a,b\n1\n3,4\n");
    const problems = new Problems();
    expect(readCsv(dir, "data/t.csv", {required: ["a", "b"], optional: []}, problems).map((r) => r.cells)).toEqual([{a: "3", b: "4"}]);
    expect(problems.list).toEqual([expect.objectContaining({file: "data/t.csv", line: 2, message: "this row has 1 cells but the header has 2 columns"})]);
  });
});

describe("numberMentions", () => {
  const values = (text: string) => numberMentions(text).map((m) => m.value);
  it("numberMentions(text) reads digits, grouped digits, words and scales", () => {
    expect(values("As of 2013, 1,809 officers")).toEqual([2013, 1809]);
    expect(values("fewer than three in 10")).toEqual([3, 10]);
    expect(values("twenty-two and forty one")).toEqual([22, 41]);
    expect(values("more than a thousand")).toEqual([1000]);
    expect(values("around £700 million ($858 million)")).toEqual([700e6, 858e6]);
    expect(values("£700m and 1.2bn")).toEqual([700e6, 1.2e9]);
    expect(values("only 13 (0.71%)")).toEqual([13, 0.71]);
  });
  it("numberMentions(text) does not read a malformed group as a number", () => {
    expect(values("1,8090")).toEqual([]);
  });
});

describe("quote matching", () => {
  it("containsQuote(source, quote) forgives whitespace and quote marks only", () => {
    expect(containsQuote("He said: “It is  not\nfit.”", 'said: "It is not fit."')).toBe(true);
    expect(containsQuote("the Met’s system", "the Met's system")).toBe(true);
    expect(containsQuote("the Met's system", "the Met’s systems")).toBe(false);
  });
  it("containsQuote(source, quote) matches whole words only", () => {
    expect(containsQuote("cases from 2013 onwards", "201")).toBe(false);
    expect(containsQuote("cases from 2013 onwards", "from 2013")).toBe(true);
    expect(containsQuote("an urban force", "ban force")).toBe(false);
  });
  it("containsQuote(source, quote) gives the same answers on a long source, where it looks only where the quote's rarest word is", () => {
    const long = `${"filler words about buses and trams. ".repeat(4000)}He said: “It is  not\nfit.” Cases from 2013 onwards in an urban force. ${"more filler text here. ".repeat(2000)}`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(containsQuote(long, 'said: "It is not fit."')).toBe(true);
    expect(containsQuote(long, "from 2013 onwards")).toBe(true);
    expect(containsQuote(long, "201")).toBe(false);
    expect(containsQuote(long, "ban force")).toBe(false);
    expect(containsQuote(long, "buses and trams. filler")).toBe(true);
    expect(containsQuote(long, "buses and trains")).toBe(false);
  });
  it("quoteFinder(text) finds a quote as containsQuote does and gives its span in the text as written, short or long", () => {
    const passage = "He said: “It is  not\nfit.” Cases from 2013 onwards.";
    for (const text of [passage, `${"filler words about buses and trams. ".repeat(4000)}${passage} ${"more filler. ".repeat(100)}`]) {
      const find = quoteFinder(text);
      const span = find('said: "It is not fit."')!;
      expect(text.slice(span.start, span.end)).toBe("said: “It is  not\nfit.”");
      expect(find("from 2013 onwards")).toEqual({start: text.indexOf("from 2013"), end: text.indexOf("from 2013") + "from 2013 onwards".length});
      expect(find("201")).toBeUndefined();
      expect(find("fit. Cases from 2014")).toBeUndefined();
    }
  });
  it("nearestPassage(source, quote) shows where a misquote departs from the source, ending on a whole word", () => {
    expect(nearestPassage("with 22% of officers saying they had personally been bullied, leaving frontline officers demoralized", "with 22% of officers saying they had been bullied")).toBe("with 22% of officers saying they had personally been bullied, leaving frontline officers…");
  });
});

describe("locating a value in a data file", () => {
  it("locate(text, path) gives the line and column of each entry, parsing a file once for all its entries and again when the text changes", () => {
    const registry = '[\n  {"id": "a", "file": "a.txt"},\n  {"id": "b",\n   "file": "b.txt"}\n]';
    expect(locate(registry, [0])).toEqual({line: 2, column: 3});
    expect(locate(registry, [1, "file"])).toEqual({line: 4, column: 4});
    const other = '{\n"name": "x",\n\n"credit": "y"}';
    expect(locate(other, ["credit"])).toEqual({line: 4, column: 1});
    expect(locate(registry, [1])).toEqual({line: 3, column: 3});
    expect(locate(other, ["credit"], 10)).toEqual({line: 14, column: 1});
  });
});
