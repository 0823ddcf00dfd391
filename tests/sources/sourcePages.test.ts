import {describe, expect, it} from "vitest";
import {paginate} from "../../src/lib/paginate.ts";
import type {Source} from "../../src/sources/loadSources.ts";
import {sourcePagePath, sourcePages} from "../../src/sources/sourcePages.ts";

const sources = (n: number) => Array.from({length: n}, (_, i) => ({id: `source-${i}`}) as Source);

describe("the sources page's list", () => {
  it("is split into pages of 100 in the order of data/sources.json, so no page grows with the site", () => {
    expect(sourcePages(sources(250)).map((page) => [page.number, page.sources.length, page.sources[0]!.id])).toEqual([[1, 100, "source-0"], [2, 100, "source-100"], [3, 50, "source-200"]]);
    expect(sourcePages(sources(3)).map((page) => page.sources.length)).toEqual([3]);
    expect([1, 2].map(sourcePagePath)).toEqual(["/sources/", "/sources/page/2/"]);
  });

  it("paginate: every item once, in order, at most perPage a page; an empty list is one empty page", () => {
    const items = Array.from({length: 41}, (_, i) => i);
    const pages = paginate(items, 20);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(Math.max(...pages.map((page) => page.items.length))).toBe(20);
    expect(paginate([], 20)).toEqual([{number: 1, items: []}]);
  });
});
