import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse as parseCsv} from "csv-parse/sync";
import {describe, expect, it} from "vitest";
import {needsSystemFonts} from "../../src/embed/bundledFont.ts";
import {renderImage} from "../../src/embed/rasterise.ts";
import {standaloneSvg} from "../../src/embed/standaloneSvg.ts";
import {neutralise} from "../../src/embed/toCsv.ts";
import {readSite} from "../../src/site.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
// Expectations come from the live content: every chart it has, its words, the site's settings.
const {data, charts} = readSite(root);
const file = (path: string) => readFileSync(join(dist, path));

/** Share of pixels in a band of rows that are dark (text or marks), of an RGBA image. */
function darkShare(image: {width: number; pixels: Buffer}, fromRow: number, toRow: number): number {
  let dark = 0;
  for (let row = fromRow; row < toRow; row++) {
    for (let col = 0; col < image.width; col++) {
      const i = (row * image.width + col) * 4;
      if (image.pixels[i]! < 100 && image.pixels[i + 1]! < 100 && image.pixels[i + 2]! < 100) dark++;
    }
  }
  return dark / ((toRow - fromRow) * image.width);
}

describe("downloads", () => {
  for (const [id, spec] of charts) {

    it(`${id}.csv opens with its headers, one row per table row, with the source and quote columns`, () => {
      const rows = parseCsv(file(`downloads/${id}.csv`), {columns: true, bom: true}) as Record<string, string>[];
      expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["Source", "Quote", "Source link", "Quote link"]));
      expect(rows).toHaveLength(spec.table.rows.length);
      // Every row is a quote with its link, or a figure derived in code and says so.
      for (const row of rows) expect(row.Source === "Derived" ? row.Quote : row["Quote link"]).toMatch(row.Source === "Derived" ? /^Computed: / : /^\/sources\/[a-z0-9-]+\/#(q-[0-9a-f]{8}|row-\d+)$/);
    });

    it(`${id}.svg is a standalone SVG: namespace, title, description, real colours, and it parses as XML`, () => {
      const svg = file(`downloads/${id}.svg`).toString("utf8");
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`<title id="title">${spec.title.replace(/&/g, "&#x26;")}</title>`);
      expect(svg).toContain("<desc id=\"desc\">");
      expect(svg).not.toContain("var(--");
      expect(() => renderImage(svg, 1, {systemFonts: needsSystemFonts(svg)})).not.toThrow();
    });

    it(`${id}.png is the SVG at twice its size, with its text drawn in the bundled font`, () => {
      const png = file(`downloads/${id}.png`);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      const {width, height, svg} = standaloneSvg(spec, data);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
      // The title band has ink only if the font was found: resvg draws no text without one.
      const withFont = renderImage(svg, 1, {systemFonts: false});
      const withoutFont = renderImage(svg, 1, {systemFonts: false, fonts: []});
      expect(darkShare(withFont, 20, 44)).toBeGreaterThan(0.02);
      expect(darkShare(withoutFont, 20, 44)).toBe(0);
    });

    it(`${id} has an oEmbed document, found from its embed page, holding only the iframe`, () => {
      const embed = parse(file(`embed/${id}/index.html`).toString("utf8"));
      const link = embed.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
      expect(link.getAttribute("title")).toBe(spec.title);
      const json = JSON.parse(readFileSync(resolveUrl(dist, link.getAttribute("href")!)!, "utf8"));
      expect(json).toMatchObject({type: "rich", version: "1.0", title: spec.title, provider_name: data.settings.name, thumbnail_url: `/downloads/${id}.png`});
      expect(json.html).toMatch(/^<iframe src="[^"]*\/embed\/[a-z0-9-]+\/" title="[^"]+"[^>]*><\/iframe>$/);
      expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
      expect(resolveUrl(dist, json.thumbnail_url)).toBeDefined();
    });
  }

  it("neutralise(cell) stops a spreadsheet running a cell as a formula", () => {
    expect(neutralise("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(neutralise(`${start}1`)).toBe(`'${start}1`);
    expect(neutralise("1,809")).toBe("1,809");
  });
});

describe("headers and policy", () => {
  const headers = file("_headers").toString("utf8");
  it("_headers gives every page a strict content policy (its own inline scripts by hash, no 'unsafe-inline' script), nosniff and a referrer policy; any site may frame an embed page, none the others", () => {
    for (const [url, html] of pages(dist)) {
      const rule = new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n((?:  .+\\n)+)`, "m").exec(headers);
      expect(rule, url).not.toBeNull();
      const lines = rule![1]!.trim().split("\n").map((line) => line.trim());
      const policy = lines.find((line) => line.startsWith("Content-Security-Policy: "))!.slice("Content-Security-Policy: ".length);
      const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
      expect(directives.get("object-src")).toEqual(["'none'"]);
      // Every inline script of the page, and only those, is allowed by its hash.
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`);
      // The search page alone may also compile WebAssembly (its index); see search.test.ts.
      expect(directives.get("script-src")!.slice(1).filter((s) => s !== "'wasm-unsafe-eval'").sort()).toEqual([...new Set(inline)].sort());
      expect(lines).toContain("X-Content-Type-Options: nosniff");
      expect(lines).toContain("Referrer-Policy: strict-origin-when-cross-origin");
      if (url.startsWith("/embed/")) {
        expect(directives.get("frame-ancestors")).toEqual(["*"]);
        expect(lines.some((line) => line.startsWith("X-Frame-Options"))).toBe(false);
      } else {
        expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
        expect(lines).toContain("X-Frame-Options: DENY");
      }
    }
  });
});
