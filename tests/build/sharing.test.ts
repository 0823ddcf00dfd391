import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cardSize} from "../../src/cards/cardPath.ts";
import {publicAddress} from "../../src/settings/publicAddress.ts";
import {readSite} from "../../src/site.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
const site = pages(dist);
// Expectations come from the content itself, so an editor's change never breaks them.
const content = readSite(root);
const {settings} = content.data;
// With the site's address (data/site.json's url, or SITE_URL), every address a link preview needs is absolute.
const {site: origin, base} = publicAddress(root);
const address = origin ? new URL(base, origin).href : undefined;

const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

/** The width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): {width: number; height: number} {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

/** The built file an address of this site points at (its version, ?v=…, is for caches only). */
function fileOf(url: string): string | undefined {
  const path = (address ? url.replace(new URL(address).origin, "") : url).replace(/\?v=[0-9a-f]+$/, "");
  const base = address ? new URL(address).pathname : "/";
  return resolveUrl(dist, `/${path.slice(base.length)}`);
}

describe("link previews and structured data in the built site", () => {
  it("every page has Open Graph and X card tags, and its card is a 1200x630 PNG in the build", () => {
    for (const [path, html] of site) {
      const doc = parse(html);
      expect(meta(doc, "og:title"), path).toBeTruthy();
      expect(meta(doc, "og:description"), path).toBe(doc.querySelector('meta[name="description"]')!.getAttribute("content"));
      expect(meta(doc, "og:site_name"), path).toBe(settings.name);
      expect(meta(doc, "twitter:card"), path).toBe("summary_large_image");
      const image = meta(doc, "og:image")!;
      expect(meta(doc, "twitter:image"), path).toBe(image);
      // Versioned by what it shows, so a corrected card gets a new address in every network's cache.
      expect(image, path).toMatch(/\.png\?v=[0-9a-f]{12}$/);
      if (address) expect(image, path).toMatch(/^https?:\/\//);
      const file = fileOf(image);
      expect(file, `${path}: ${image}`).toBeDefined();
      expect(pngSize(file!)).toEqual(cardSize);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
      // Canonical only with an address (a relative one is worse than none), and never on an embed page, which is noindex.
      if (address && !path.startsWith("/embed/")) expect(canonical).toBe(new URL(path.slice(1), address).href);
      else expect(canonical, path).toBeUndefined();
    }
  });

  it("each story's preview is an article with its own card, and its NewsArticle names its sources and corrections", () => {
    for (const story of content.stories) {
      const doc = parse(site.get(`/${story.slug}/`)!);
      expect(meta(doc, "og:type")).toBe("article");
      expect(meta(doc, "og:image")).toMatch(new RegExp(`/cards/stories/${story.slug}\\.png\\?v=`));
      expect(meta(doc, "article:published_time")).toBe(story.frontMatter.published);
      const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
      const article = scripts.find((s) => s["@type"] === "NewsArticle");
      expect(article).toMatchObject({headline: story.frontMatter.title, datePublished: story.frontMatter.published, dateModified: story.frontMatter.updated, publisher: {name: settings.name}});
      expect(article.image[0]).toBe(meta(doc, "og:image"));
      expect(article.citation).toHaveLength(story.frontMatter.sources.length);
      expect(article.correction ?? []).toHaveLength(story.frontMatter.notices.filter((n) => n.kind === "correction").length);
    }
  });

  it("each chart's embed page shows the chart's own card", () => {
    for (const id of content.charts.keys()) {
      expect(meta(parse(site.get(`/embed/${id}/`)!), "og:image")).toMatch(new RegExp(`/cards/charts/${id}\\.png\\?v=`));
    }
  });
});
