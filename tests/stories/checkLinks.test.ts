import {describe, expect, it} from "vitest";
import {checkLinks} from "../../src/stories/checkLinks.ts";
import type {StoryOutline} from "../../src/stories/story.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

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
});
