import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {chartTypes} from "../../src/charts/index.ts";
import {dataPages} from "../../src/datapackage/dataPages.ts";
import {dataPagePath} from "../../src/datapackage/dataUrls.ts";
import {readSite} from "../../src/site.ts";
import {sourcePagePath, sourcePages, sourcesPerPage} from "../../src/sources/sourcePages.ts";
import {storiesPerPage, storyPagePath, storyPages} from "../../src/stories/storyPages.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
const site = pages(dist);
// Expectations come from the content itself, so an editor's change never breaks them.
const content = readSite(root);

describe("the built site in dist/", () => {
  it("was built by Node 22.12 or newer (the Node installed with the project), through npm run build", () => {
    const log = readFileSync(join(root, "tests/.tmp/build.log"), "utf8");
    const [, major, minor] = log.match(/building with Node v(\d+)\.(\d+)/) ?? [];
    expect(Number(major) * 100 + Number(minor)).toBeGreaterThanOrEqual(2212);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(22);
  });

  it("has the index, the chart types, search and data pages, a page per story, per source and per chart embed", () => {
    expect(content.stories.length).toBeGreaterThan(0);
    expect([...site.keys()].sort()).toEqual(
      [
        "/", "/charts/", "/search/",
        // Each list, a page at a time.
        ...storyPages(content.stories).slice(1).map((page) => storyPagePath(page.number)),
        ...sourcePages([...content.data.sources.values()]).map((page) => sourcePagePath(page.number)),
        ...dataPages([...content.charts.values()]).map((page) => dataPagePath(page.number)),
        ...content.stories.map((s) => `/${s.slug}/`), ...[...content.data.sources.keys()].map((id) => `/sources/${id}/`), ...[...content.charts.keys()].map((id) => `/embed/${id}/`),
      ].sort(),
    );
  });

  it("the index and its further pages list every story, linked, newest first, a page at a time", () => {
    const listPages = storyPages(content.stories).map((page) => storyPagePath(page.number));
    for (const path of listPages) expect(parse(site.get(path)!).querySelectorAll(".story-list li").length, path).toBeLessThanOrEqual(storiesPerPage);
    const links = listPages.flatMap((path) => [...parse(site.get(path)!).querySelectorAll(".story-list a")].map((a) => a.getAttribute("href")));
    expect(links.sort()).toEqual(content.stories.map((s) => `/${s.slug}/`).sort());
  });

  it("the sources page and its further pages list every source, linked, in order, a page at a time", () => {
    const listPages = sourcePages([...content.data.sources.values()]).map((page) => sourcePagePath(page.number));
    for (const path of listPages) expect(parse(site.get(path)!).querySelectorAll(".source-list li").length, path).toBeLessThanOrEqual(sourcesPerPage);
    const links = listPages.flatMap((path) => [...parse(site.get(path)!).querySelectorAll(".source-list h2 a")].map((a) => a.getAttribute("href")));
    expect(links).toEqual([...content.data.sources.keys()].map((id) => `/sources/${id}/`));
  });

  it("the chart types page names every type with its fields, and draws one chart of each type the site uses", () => {
    const doc = parse(site.get("/charts/")!);
    expect([...doc.querySelectorAll(".gallery-type h2 code")].map((c) => c.textContent)).toEqual([...chartTypes.keys()]);
    expect(doc.querySelectorAll(".gallery-fields").length).toBe(chartTypes.size);
    const used = new Set([...content.data.chartSpecs.values()].map((spec) => spec.type));
    expect(doc.querySelectorAll("figure.chart").length).toBe(used.size);
    for (const figure of doc.querySelectorAll("figure.chart")) expect(used.has(content.data.chartSpecs.get(figure.getAttribute("data-chart")!)!.type)).toBe(true);
  });

  it("every story shows its charts as static SVG, each a complete figure; its one script only adds copy buttons", () => {
    for (const story of content.stories) {
      const page = parse(site.get(`/${story.slug}/`)!);
      const figures = [...page.querySelectorAll("figure.chart")];
      expect(figures.map((f) => f.getAttribute("data-chart")), story.slug).toEqual(story.charts);
      for (const figure of figures) {
        expect(figure.querySelectorAll("svg").length).toBeGreaterThanOrEqual(2);
        expect(figure.querySelector(".chart-title")?.textContent?.length).toBeGreaterThan(10);
        expect(figure.querySelector(".chart-source a")).not.toBeNull();
        expect(figure.querySelectorAll("details.chart-data tbody tr").length).toBeGreaterThan(0);
      }
      // Structured data (JSON-LD) is a data block, not a script that runs.
      expect([...page.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => s.textContent!.includes("data-copy"))).toEqual([true]);
    }
  });

  it("a chart placed in several stories is drawn from the same rows in each", () => {
    for (const id of content.charts.keys()) {
      const drawn = content.stories.filter((s) => s.charts.includes(id)).map((s) => parse(site.get(`/${s.slug}/`)!).querySelector(`#chart-${id} .chart-wide`)!.innerHTML);
      expect(new Set(drawn).size, id).toBeLessThanOrEqual(1);
    }
  });

  it("no page prints a hole: no undefined, NaN, [object Object] or unresolved directive", () => {
    for (const [url, html] of site) {
      const text = parse(html).body.textContent ?? "";
      for (const hole of ["undefined", "NaN", "[object Object]", ":fig{", "::chart", ":quote["]) expect(text, `${url} contains ${hole}`).not.toContain(hole);
    }
  });

  it("every number in the prose links to a note, and every note links back to each place it is cited", () => {
    for (const story of content.stories) {
      const page = parse(site.get(`/${story.slug}/`)!);
      const refs = [...page.querySelectorAll("a.fig")];
      expect(refs.length).toBe(page.querySelectorAll(".figure-notes a.back").length);
      for (const ref of refs) {
        const note = page.getElementById(ref.getAttribute("href")!.slice(1));
        expect(note, ref.getAttribute("href")!).not.toBeNull();
        expect(note!.querySelector(`a.back[href="#${ref.id}"]`)).not.toBeNull();
      }
    }
  });

  // The fixture's site has every chart type, datasets and a data-file source: its links are checked too.
  const fixtureDist = readFileSync(join(root, "tests/.tmp/fixture-dist.txt"), "utf8").trim();
  for (const [name, folder] of [["the site", dist], ["the fixture's site", fixtureDist]] as const) {
    it(`every internal link and anchor on every page of ${name} resolves`, () => {
      for (const [url, html] of pages(folder)) {
        for (const link of parse(html).querySelectorAll("a[href]")) {
          const href = link.getAttribute("href")!;
          if (/^[a-z]+:/.test(href)) continue;
          const target = href.startsWith("#") ? url + href : href;
          const file = resolveUrl(folder, target);
          expect(file, `${url} links to ${href}`).toBeDefined();
          const hash = target.split("#")[1];
          if (hash) expect(parse(readFileSync(file!, "utf8")).getElementById(hash), `${url} links to ${href}`).not.toBeNull();
        }
      }
    });
  }

  it("a data-file source's page shows its rows, each with its line, the rows charts use marked", () => {
    const doc = parse(pages(fixtureDist).get("/sources/riverside-stats/")!);
    expect([...doc.querySelectorAll(".raw-table thead th")].map((th) => th.textContent)).toEqual(["Line", "Line", "Stops", "Journeys (thousands)"]);
    expect([...doc.querySelectorAll(".raw-table tr.cited")].map((tr) => tr.id)).toEqual(["row-4", "row-5", "row-6"]);
  });

  it("each source page shows its cleaned text with the quoted passages marked and what cleaning changed, or a data file's rows", () => {
    for (const source of content.data.sources.values()) {
      const page = parse(site.get(`/sources/${source.id}/`)!);
      if (source.table) {
        // A data file: its rows, each with its line, however many the site uses.
        expect(page.querySelectorAll(".raw-table tbody tr").length).toBeGreaterThan(0);
        continue;
      }
      const text = page.querySelector(".source-text")!.textContent!;
      expect(page.querySelectorAll(".cleanings li").length).toBe(source.cleanings.length);
      const cleanings = page.querySelector(".cleanings")?.textContent?.replace(/\s+/g, " ") ?? "";
      for (const cleaning of source.cleanings) {
        // What was removed or repaired is listed, and gone from the text shown.
        expect(cleanings).toContain(cleaning.before.replace(/\s+/g, " "));
        if (cleaning.kind !== "truncation") expect(text).not.toContain(cleaning.before);
      }
    }
  });
});
