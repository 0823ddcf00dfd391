import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
const site = pages(dist);
const story = parse(site.get("/casey-review/")!);

describe("the built site in dist/", () => {
  it("was built by Node 22.12 or newer (the Node installed with the project), through npm run build", () => {
    const log = readFileSync(join(root, "tests/.tmp/build.log"), "utf8");
    const [, major, minor] = log.match(/building with Node v(\d+)\.(\d+)/) ?? [];
    expect(Number(major) * 100 + Number(minor)).toBeGreaterThanOrEqual(2212);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(22);
  });

  it("has the index, a page per story and a page per source", () => {
    expect([...site.keys()].sort()).toEqual([
      "/", "/casey-review/",
      "/embed/complaint-outcomes/", "/embed/scandal-timeline/", "/embed/workforce-demographics/",
      "/misconduct-system/", "/sources/", "/sources/cnn-2023/", "/sources/guardian-2022/", "/sources/preview-2023/",
    ]);
  });

  it("the index lists every story, linked", () => {
    const links = [...parse(site.get("/")!).querySelectorAll(".story-list a")].map((a) => a.getAttribute("href"));
    expect(links.sort()).toEqual(["/casey-review/", "/misconduct-system/"]);
  });

  it("the second story shares the data and the complaint chart, drawn from the same rows", () => {
    const second = parse(site.get("/misconduct-system/")!);
    expect([...second.querySelectorAll("figure.chart")].map((f) => f.getAttribute("data-chart"))).toEqual(["complaint-outcomes"]);
    const svg = (doc: Document) => doc.querySelector("#chart-complaint-outcomes .chart-wide")!.innerHTML;
    expect(svg(second)).toBe(svg(story));
  });

  it("the story shows its three charts as static SVG; its one script only adds copy buttons", () => {
    const figures = [...story.querySelectorAll("figure.chart")];
    expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(["workforce-demographics", "complaint-outcomes", "scandal-timeline"]);
    for (const figure of figures) {
      expect(figure.querySelectorAll("svg").length).toBeGreaterThanOrEqual(2);
      expect(figure.querySelector(".chart-title")?.textContent?.length).toBeGreaterThan(10);
      expect(figure.querySelector(".chart-source a")).not.toBeNull();
      expect(figure.querySelectorAll("details.chart-data tbody tr").length).toBeGreaterThan(1);
    }
    expect([...story.querySelectorAll("script")].map((s) => s.textContent!.includes("data-copy"))).toEqual([true]);
  });

  it("no page prints a hole: no undefined, NaN, [object Object] or unresolved directive", () => {
    for (const [url, html] of site) {
      const text = parse(html).body.textContent ?? "";
      for (const hole of ["undefined", "NaN", "[object Object]", ":fig{", "::chart", ":quote["]) expect(text, `${url} contains ${hole}`).not.toContain(hole);
    }
  });

  it("every number in the prose links to a note, and every note links back and to the quote on its source page", () => {
    const refs = [...story.querySelectorAll("a.fig")];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const note = story.getElementById(ref.getAttribute("href")!.slice(1));
      expect(note, ref.getAttribute("href")!).not.toBeNull();
      expect(note!.querySelector(`a.back[href="#${ref.id}"]`)).not.toBeNull();
    }
  });

  it("every internal link and anchor on every page resolves", () => {
    for (const [url, html] of site) {
      for (const link of parse(html).querySelectorAll("a[href]")) {
        const href = link.getAttribute("href")!;
        if (/^[a-z]+:/.test(href)) continue;
        const target = href.startsWith("#") ? url + href : href;
        const file = resolveUrl(dist, target);
        expect(file, `${url} links to ${href}`).toBeDefined();
        const hash = target.split("#")[1];
        if (hash) expect(parse(readFileSync(file!, "utf8")).getElementById(hash), `${url} links to ${href}`).not.toBeNull();
      }
    }
  });

  it("each source page shows its cleaned text with the quoted passages marked", () => {
    const cnn = parse(site.get("/sources/cnn-2023/")!);
    expect(cnn.querySelector(".source-text")!.textContent).toContain("around £700 million");
    expect(cnn.querySelector(".source-text")!.textContent).not.toContain("Â£");
    expect(cnn.querySelectorAll(".source-text mark").length).toBeGreaterThan(10);
    const guardian = parse(site.get("/sources/guardian-2022/")!);
    expect(guardian.querySelector(".source-text")!.textContent).not.toContain("Privacy Notice");
    expect(guardian.querySelector(".cleanings")!.textContent).toContain("Privacy Notice");
  });
});
