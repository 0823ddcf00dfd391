import {readFileSync} from "node:fs";
import {join} from "node:path";
import {brotliCompressSync, gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";
import {readSite} from "../../src/site.ts";

// Every story page (HTML, CSS, fonts, scripts) must stay under 50 KB gzipped:
// see "Performance budget" in the README for why.
const budget = 50 * 1024;
const dist = join(root, "dist");

/** Every file a page needs to render: itself, its stylesheets, scripts, fonts and images. */
function pageWeight(url: string): {files: string[]; raw: number; gzip: number; brotli: number} {
  const html = readFileSync(resolveUrl(dist, url)!, "utf8");
  const document = parse(html);
  const assets = [
    ...[...document.querySelectorAll("link[rel=stylesheet], link[rel=preload], link[rel=modulepreload]")].map((l) => l.getAttribute("href")!),
    ...[...document.querySelectorAll("script[src], img[src]")].map((s) => s.getAttribute("src")!),
  ];
  const css = assets.filter((a) => a.endsWith(".css")).map((a) => readFileSync(resolveUrl(dist, a)!, "utf8")).join("\n");
  const fonts = [...css.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))/g)].map((m) => m[1]!);
  const files = [url, ...assets, ...fonts];
  const bodies = files.map((file) => readFileSync(resolveUrl(dist, file)!));
  const sum = (f: (b: Buffer) => number) => bodies.reduce((total, body) => total + f(body), 0);
  return {files, raw: sum((b) => b.length), gzip: sum((b) => gzipSync(b, {level: 9}).length), brotli: sum((b) => brotliCompressSync(b).length)};
}

describe("performance budget", () => {
  for (const story of readSite(root).stories) {
    it(`/${story.slug}/, with everything it loads, stays under ${budget / 1024} KB gzipped`, () => {
      const weight = pageWeight(`/${story.slug}/`);
      expect(weight.files.length).toBeGreaterThanOrEqual(2);
      expect(weight.gzip).toBeLessThan(budget);
    });
  }

  it("scripts are optional extras: inline, small, and never loaded from elsewhere", () => {
    for (const [url, html] of pages(dist)) {
      for (const script of parse(html).querySelectorAll('script:not([type="application/ld+json"])')) {
        expect(script.getAttribute("src"), url).toBeNull();
        // The search page is the one page whose purpose is a script (it loads the index only when used).
        expect(script.textContent!.length, url).toBeLessThan(url === "/search/" ? 4096 : 2048);
      }
    }
  });
});
