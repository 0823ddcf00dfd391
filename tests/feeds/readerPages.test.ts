import {describe, expect, it} from "vitest";
import {readerPages} from "../../src/feeds/readerPages.ts";
import type {Site} from "../../src/site.ts";
import {storiesPerPage} from "../../src/stories/storyPages.ts";
import {testStory} from "./xml.ts";

const site = (stories: Site["stories"], sources: string[], charts = 0) =>
  ({stories, data: {sources: new Map(sources.map((id) => [id, {id}]))}, charts: new Map(Array.from({length: charts}, (_, i) => [`c${i}`, {id: `c${i}`}]))}) as unknown as Pick<Site, "stories" | "data" | "charts">;

describe("readerPages(site)", () => {
  it("readerPages(site) lists the home page, each story, the sources and each source, and the chart types; never an embed", () => {
    const stories = [
      testStory("newer", {published: "2026-11-20", sources: ["report"], charts: ["fares"]}),
      testStory("older", {published: "2026-10-01", sources: ["report", "survey"], notices: [{kind: "correction", date: "2026-11-25", text: "Fixed."}]}),
    ];
    expect(readerPages(site(stories, ["report", "survey", "unused"]))).toEqual([
      {path: "/", lastmod: "2026-11-25"},
      {path: "/newer/", lastmod: "2026-11-20"},
      // A correction dates the story's page.
      {path: "/older/", lastmod: "2026-11-25"},
      {path: "/sources/", lastmod: "2026-11-25"},
      {path: "/sources/report/", lastmod: "2026-11-25"},
      {path: "/sources/survey/", lastmod: "2026-11-25"},
      // No story cites it: nothing dates its page.
      {path: "/sources/unused/"},
      // Dated by the stories that place charts.
      {path: "/charts/", lastmod: "2026-11-20"},
      {path: "/data/", lastmod: "2026-11-20"},
      {path: "/search/"},
    ]);
  });

  it("readerPages(site) lists each further page of the home page's list, dated by the stories it shows", () => {
    const stories = Array.from({length: storiesPerPage + 1}, (_, i) => testStory(`s${i}`, {published: `2026-01-${String(28 - i).padStart(2, "0")}`}));
    const pages = readerPages(site(stories, []));
    expect(pages.filter((page) => page.path === "/" || page.path.startsWith("/page/"))).toEqual([
      {path: "/", lastmod: "2026-01-28"},
      {path: "/page/2/", lastmod: `2026-01-${String(28 - storiesPerPage).padStart(2, "0")}`},
    ]);
  });

  it("readerPages(site) of a site with no story yet has the home, sources, chart types, data and search pages, undated", () => {
    expect(readerPages(site([], []))).toEqual([{path: "/"}, {path: "/sources/"}, {path: "/charts/"}, {path: "/data/"}, {path: "/search/"}]);
  });

  it("readerPages(site) lists each further page of the data page's list", () => {
    expect(readerPages(site([], [], 250)).filter((page) => page.path.startsWith("/data/")).map((page) => page.path)).toEqual(["/data/", "/data/page/2/", "/data/page/3/"]);
  });
});
