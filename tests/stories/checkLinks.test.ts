import {describe, expect, it} from "vitest";
import {checkLinks} from "../../src/stories/checkLinks.ts";
import type {StoryOutline} from "../../src/stories/story.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";
import {storiesPerPage} from "../../src/stories/storyPages.ts";
import {sourcesPerPage} from "../../src/sources/sourcePages.ts";

const {data} = fixtureSite();
const chart = [...data.chartSpecs.keys()][0]!;
const story = (...urls: string[]): StoryOutline => ({slug: "s", file: "content/s.md", headings: [], charts: [], links: urls.map((url, i) => ({url, line: i + 1}))});
const messages = (...urls: string[]) => checkLinks(data, [story(...urls)]).map((p) => p.message);

describe("checkLinks(data, stories)", () => {
  it("checkLinks() knows the site's pages, its data package and each chart's downloads", () => {
    expect(messages("/data/", "/search/", "/charts/", "/datapackage.json", "/robots.txt", `/downloads/${chart}.csv`, `/downloads/${chart}.png`)).toEqual([]);
  });

  it("checkLinks() reports a download of a chart the site does not have, and a file it does not publish", () => {
    expect(messages("/downloads/no-such-chart.csv", "/datapackage.xml")).toEqual([
      "the link /downloads/no-such-chart.csv goes to a page the site does not have",
      "the link /datapackage.xml goes to a page the site does not have",
    ]);
  });

  it("checkLinks() knows each page of the paginated lists, and no page past their end", () => {
    const stories = Array.from({length: storiesPerPage + 1}, (_, i) => ({...story(), slug: `s${i}`}));
    stories[0] = {...stories[0]!, links: ["/", "/page/2/", "/page/3/", "/sources/", `/sources/page/${Math.ceil(data.sources.size / sourcesPerPage) + 1}/`].map((url, i) => ({url, line: i + 1}))};
    expect(checkLinks(data, stories).map((p) => p.message)).toEqual([
      "the link /page/3/ goes to a page the site does not have",
      `the link /sources/page/${Math.ceil(data.sources.size / sourcesPerPage) + 1}/ goes to a page the site does not have`,
    ]);
  });
});
