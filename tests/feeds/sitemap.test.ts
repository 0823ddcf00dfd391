import {describe, expect, it} from "vitest";
import {sitemap, sitemapFiles} from "../../src/feeds/sitemap.ts";
import {children, parseXml} from "./xml.ts";

const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
const urls = (xml: string) => children(parseXml(xml), ns, "url").map((url) => [children(url, ns, "loc")[0]!.textContent, children(url, ns, "lastmod")[0]?.textContent]);

describe("sitemap(pages, root)", () => {
  it("sitemap(…) lists each page's absolute address under the base path, with its lastmod when known", () => {
    const xml = sitemap([{path: "/", lastmod: "2026-11-24"}, {path: "/bus-fares/", lastmod: "2026-11-20"}, {path: "/sources/"}], "https://news.example/transit/");
    expect(parseXml(xml).documentElement.namespaceURI).toBe(ns);
    expect(parseXml(xml).documentElement.localName).toBe("urlset");
    expect(urls(xml)).toEqual([
      ["https://news.example/transit/", "2026-11-24"],
      ["https://news.example/transit/bus-fares/", "2026-11-20"],
      ["https://news.example/transit/sources/", undefined],
    ]);
  });

  it("sitemap(…) writes addresses as URLs, percent-encoded and entity-escaped, so the file stays well-formed", () => {
    const xml = sitemap([{path: "/a&b <c> \"d\"/"}, {path: "/é/"}], "https://news.example/");
    expect(urls(xml).map(([loc]) => loc)).toEqual(["https://news.example/a&b%20%3Cc%3E%20%22d%22/", "https://news.example/%C3%A9/"]);
  });

  it("sitemap(…) refuses more pages than one sitemap file may list", () => {
    expect(() => sitemap(Array.from({length: 50_001}, (_, i) => ({path: `/p${i}/`})), "https://news.example/")).toThrow("at most 50000");
  });
});

describe("sitemapFiles(pages, root, limit)", () => {
  const pages = [{path: "/", lastmod: "2026-11-24"}, {path: "/a/", lastmod: "2026-11-20"}, {path: "/b/", lastmod: "2026-11-22"}, {path: "/sources/"}, {path: "/c/", lastmod: "2026-11-01"}];

  it("sitemapFiles(…) within the limit is one sitemap", () => {
    expect(sitemapFiles(pages, "https://news.example/", 5).map((f) => f.name)).toEqual(["sitemap"]);
  });

  it("sitemapFiles(…) past the limit is a sitemap index of sitemaps of at most `limit` pages, each dated by its latest page", () => {
    const files = sitemapFiles(pages, "https://news.example/transit/", 2);
    expect(files.map((f) => f.name)).toEqual(["sitemap", "sitemap-1", "sitemap-2", "sitemap-3"]);
    const index = parseXml(files[0]!.body);
    expect(index.documentElement.localName).toBe("sitemapindex");
    expect(children(index, ns, "sitemap").map((s) => [children(s, ns, "loc")[0]!.textContent, children(s, ns, "lastmod")[0]?.textContent])).toEqual([
      ["https://news.example/transit/sitemap-1.xml", "2026-11-24"],
      ["https://news.example/transit/sitemap-2.xml", "2026-11-22"],
      ["https://news.example/transit/sitemap-3.xml", "2026-11-01"],
    ]);
    // Every page is in exactly one of them.
    expect(files.slice(1).flatMap((f) => urls(f.body).map(([loc]) => loc))).toEqual(pages.map((p) => `https://news.example/transit${p.path}`));
  });
});
