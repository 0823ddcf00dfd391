import {parse as parseCsv} from "csv-parse/sync";
import fc from "fast-check";
import {toHtml} from "hast-util-to-html";
import sax from "sax";
import {describe, expect, it} from "vitest";
import type {ChartModel} from "../../src/charts/chart.ts";
import {embedCode} from "../../src/embed/embedCode.ts";
import {oembed} from "../../src/embed/oembed.ts";
import {needsSystemFonts} from "../../src/embed/bundledFont.ts";
import {renderImage} from "../../src/embed/rasterise.ts";
import {standaloneSvg} from "../../src/embed/standaloneSvg.ts";
import {toCsv} from "../../src/embed/toCsv.ts";
import {chartFigure} from "../../src/render/chartFigure.ts";
import {parse} from "../helpers/dist.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const {data, charts} = fixtureSite();
const base = charts.get("review-counts")!;

/** Any text an editor could type or paste: every code point, with markup, quotes, entities and formulas mixed in. */
const hostile = fc.oneof(
  fc.string({unit: "binary", maxLength: 40}),
  fc.array(fc.constantFrom("<", ">", "&", '"', "'", "</script>", "<svg onload=x>", "]]>", "&amp;", "&#0;", "=1+1", "@SUM(A1)", "\u0000", "\u0008", "\u202e", "\ud800", "\n", "\r", "\t", "😀", "é"), {maxLength: 12}).map((parts) => parts.join("")),
);

/** What XML 1.0 can carry: a browser or resvg reading the SVG sees the text without the characters XML forbids. */
// DEL and the C1 controls too: XML allows them but discourages them, and no editor means them as text.
const xmlText = (text: string) => text.replace(/[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");

/** A strict XML parse of an SVG file: its <title> text, or the parser's error. */
function svgTitle(svg: string): string {
  const parser = sax.parser(true);
  let inTitle = false;
  let title = "";
  parser.onopentag = (node) => (inTitle = node.name === "title");
  parser.onclosetag = () => (inTitle = false);
  parser.ontext = (text) => {
    if (inTitle) title += text;
  };
  parser.write(svg).close();
  return title;
}

const model = (title: string, subtitle: string, note: string, label: string): ChartModel => ({
  ...base,
  title,
  subtitle,
  notes: [note],
  description: `${title} ${label}`,
  table: {columns: [label, "Figure"], rows: [[{text: label}, {text: "1", numeric: true}]]},
});

describe("every editor-supplied string is safe in every output (property-based)", () => {
  it("HTML, SVG (XML), oEmbed JSON, CSV and embed code carry any text as text, never as markup", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, subtitle, note, label) => {
        const chart = model(title, subtitle, note, label);
        // HTML: the page's figure, parsed by an HTML parser, shows the title as text and has no element an editor added.
        const doc = parse(`<!doctype html><body>${toHtml(chartFigure(chart, data), {allowDangerousHtml: true})}</body>`);
        const words = (text: string) => text.replace(/[\u0000\ufffd]/g, "").replace(/\s+/g, " ").trim();
        expect(words(doc.querySelector(".chart-title")!.textContent!)).toBe(words(title));
        expect(doc.querySelectorAll("script, iframe, [onload]").length).toBe(0);
        // SVG download: well-formed XML for a strict parser, its title the text.
        const {svg} = standaloneSvg(chart, data);
        expect(words(svgTitle(svg))).toBe(words(xmlText(title)));
        // oEmbed: valid JSON whose title is the text, and whose html is one iframe.
        const response = JSON.parse(JSON.stringify(oembed(chart, data))) as {title: string; html: string};
        expect(response.title).toBe(title);
        expect(parse(`<body>${response.html}</body>`).querySelectorAll("body > *").length).toBe(1);
        // CSV: parses back to the label (a formula is neutralised with a leading quote).
        // (The file is UTF-8: a lone surrogate in the text is written as U+FFFD.)
        const asWritten = Buffer.from(label, "utf8").toString("utf8");
        const rows = parseCsv(Buffer.from(toCsv(chart), "utf8"), {relax_column_count: true}) as string[][];
        expect(rows.some((row) => row.some((cell) => cell === asWritten || cell === `'${asWritten}`))).toBe(true);
        // Embed code: one iframe and one script, the title (on one line) only in an attribute.
        const code = parse(`<body>${embedCode(chart.id, title, 500)}</body>`);
        expect(code.querySelectorAll("body > *").length).toBe(2);
        expect(words(code.querySelector("iframe")!.getAttribute("title")!)).toBe(words(title));
      }),
      {numRuns: 60},
    );
  });

  it("the PNG renderer reads every SVG download (resvg rejects ill-formed XML)", () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const {svg} = standaloneSvg(model(title, "s", "n", "l"), data);
        expect(renderImage(svg, 0.25, {systemFonts: needsSystemFonts(svg)}).width).toBeGreaterThan(0);
      }),
      {numRuns: 15},
    );
  });
});

describe("toCsv(chart) with repeated column labels", () => {
  it("toCsv(chart whose columns repeat a label) gives every row as many cells as the header, under unique names", () => {
    const chart: ChartModel = {
      ...base,
      table: {
        columns: ["Source", "Figure", "Source", "Quote"],
        rows: [[{text: "a", href: "/sources/a/"}, {text: "1", numeric: true}, {text: "b", href: "/sources/b/"}, {text: "q", href: "/sources/b/#q"}]],
      },
    };
    const [header, ...rows] = parseCsv(Buffer.from(toCsv(chart), "utf8")) as string[][];
    expect(header).toEqual(["Source", "Figure", "Source (2)", "Quote", "Source link", "Source link (2)", "Quote link"]);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    expect(rows[0]!.slice(4)).toEqual(["/sources/a/", "/sources/b/", "/sources/b/#q"]);
  });
});
