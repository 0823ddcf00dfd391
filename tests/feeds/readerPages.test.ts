import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readerPages} from "../../src/feeds/readerPages.ts";
import type {Site} from "../../src/site.ts";
import {storiesPerPage} from "../../src/stories/storyPages.ts";
import {testStory} from "./xml.ts";

// A project without the optional pages, and one with them.
const bare = mkdtempSync(join(tmpdir(), "reader-pages-"));
const withPages = mkdtempSync(join(tmpdir(), "reader-pages-"));
mkdirSync(join(withPages, "src/pages/data"), {recursive: true});
writeFileSync(join(withPages, "src/pages/search.astro"), "");
writeFileSync(join(withPages, "src/pages/data/index.astro"), "");

const site = (stories: Site["stories"], sources: string[]) => ({stories, data: {sources: new Map(sources.map((id) => [id, {id}]))}}) as unknown as Pick<Site, "stories" | "data">;

describe("readerPages(site)", () => {
  it("readerPages(site) lists the home page, each story, the sources and each source, and the chart types; never an embed", () => {
    const stories = [
      testStory("newer", {published: "2026-11-20", sources: ["report"], charts: ["fares"]}),
      testStory("older", {published: "2026-10-01", sources: ["report", "survey"], notices: [{kind: "correction", date: "2026-11-25", text: "Fixed."}]}),
    ];
    expect(readerPages(site(stories, ["report", "survey", "unused"]), bare)).toEqual([
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
    ]);
  });

  it("readerPages(site) lists each further page of the home page's list, dated by the stories it shows", () => {
    const stories = Array.from({length: storiesPerPage + 1}, (_, i) => testStory(`s${i}`, {published: `2026-01-${String(28 - i).padStart(2, "0")}`}));
    const pages = readerPages(site(stories, []), bare);
    expect(pages.filter((page) => page.path === "/" || page.path.startsWith("/page/"))).toEqual([
      {path: "/", lastmod: "2026-01-28"},
      {path: "/page/2/", lastmod: `2026-01-${String(28 - storiesPerPage).padStart(2, "0")}`},
    ]);
  });

  it("readerPages(site) of a site with no story yet has the home, sources and chart types, undated", () => {
    expect(readerPages(site([], []), bare)).toEqual([{path: "/"}, {path: "/sources/"}, {path: "/charts/"}]);
  });

  it("readerPages(site, root) lists the search and data pages, undated, when the project has them", () => {
    expect(readerPages(site([], []), withPages)).toEqual([{path: "/"}, {path: "/sources/"}, {path: "/charts/"}, {path: "/search/"}, {path: "/data/"}]);
  });
});
