import fc from "fast-check";
import sax from "sax";
import {describe, expect, it} from "vitest";
import {cardSize} from "../../src/cards/cardPath.ts";
import {cardSvg, type CardContent} from "../../src/cards/cardSvg.ts";
import {siteCards} from "../../src/cards/siteCards.ts";
import {needsSystemFonts} from "../../src/embed/bundledFont.ts";
import {renderImage} from "../../src/embed/rasterise.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const site = fixtureSite();
const chart = [...site.charts.values()][0]!;
const base: CardContent = {title: "", siteName: "Riverside Transit Desk", locale: "en-GB", address: "news.example/transport"};

/** The texts of an SVG, by a strict XML parser (which throws on anything not well-formed). */
function texts(svg: string): string[] {
  const parser = sax.parser(true);
  const found: string[] = [];
  let depth = 0;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => {
    if (node.name === "text") depth++;
  };
  parser.onclosetag = (name) => {
    if (name === "text") depth--;
  };
  parser.ontext = (text) => {
    if (depth > 0) found.push(text);
  };
  parser.write(svg).close();
  return found;
}

/** Columns of a rendered card that hold any pixel not white, between the top bar and the bottom. */
function inkedColumns(svg: string): number[] {
  const {width, height, pixels} = renderImage(svg, 1, {systemFonts: needsSystemFonts(svg)});
  expect({width, height}).toEqual(cardSize);
  const columns = new Set<number>();
  for (let y = 12; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i]! < 250 || pixels[i + 1]! < 250 || pixels[i + 2]! < 250) columns.add(x);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

describe("cardSvg(card) draws a 1200x630 link-preview card", () => {
  it("cardSvg(any title) is well-formed SVG showing the title as text, never as markup", () => {
    const hostile = fc.array(fc.constantFrom("<", ">", "&", '"', "</text>", "<script>alert(1)</script>", "]]>", "&amp;", "\u0000", "\u202e", "😀", "word "), {minLength: 1, maxLength: 10}).map((p) => p.join(""));
    fc.assert(
      fc.property(hostile, hostile, (title, name) => {
        const svg = cardSvg({...base, title, siteName: name});
        expect(svg).not.toMatch(/<script/i);
        // Shown as the same text (XML cannot carry NUL, which is dropped), as far as it fits.
        const strip = (text: string) => text.replace(/[\s\u0000]/g, "");
        expect(strip(texts(svg).join(""))).toContain(strip(title).slice(0, 8));
      }),
      {numRuns: 60},
    );
  });

  it("cardSvg(a very long headline and dek) stays inside the card's margins when drawn", () => {
    const svg = cardSvg({...base, title: "Fares rose again across every route in the network this year ".repeat(8), dek: "Here is what the figures show. ".repeat(30)});
    const columns = inkedColumns(svg);
    expect(columns[0]).toBeGreaterThanOrEqual(60);
    expect(columns.at(-1)).toBeLessThanOrEqual(cardSize.width - 60);
  });

  it("cardSvg(characters wider than any estimate, drawn with the machine's fonts) still stays inside the margins", () => {
    for (const title of ["⨌".repeat(40), "ᙱᙲᙵᙶ ".repeat(12)]) {
      const columns = inkedColumns(cardSvg({...base, title}));
      expect(columns.at(-1), title).toBeLessThanOrEqual(cardSize.width - 60);
    }
  });

  it("cardSvg(a chart) draws the chart inside the margins too", () => {
    const columns = inkedColumns(cardSvg({...base, title: chart.title, chart}));
    expect(columns[0]).toBeGreaterThanOrEqual(60);
    expect(columns.at(-1)).toBeLessThanOrEqual(cardSize.width - 60);
    // The chart is there: far more columns are inked than a title alone would ink.
    expect(texts(cardSvg({...base, title: chart.title, chart})).length).toBeGreaterThan(texts(cardSvg({...base, title: chart.title})).length + 2);
  });

  it("cardSvg(right-to-left locale) sets its text from the right", () => {
    const svg = cardSvg({...base, locale: "ar-EG", title: "ما الذي وجدته المراجعة داخل شرطة لندن"});
    expect(svg).toContain('direction="rtl"');
    expect(svg).toMatch(/<text x="1136"[^>]*text-anchor="end"/);
  });
});

describe("siteCards(site) lists every card a site publishes", () => {
  it("siteCards(fixture) has the site's card, one per story and one per chart, at distinct paths", () => {
    const cards = siteCards(site);
    expect(cards.map((c) => c.path).sort()).toEqual(["/cards/site.png", ...site.stories.map((s) => `/cards/stories/${s.slug}.png`), ...[...site.charts.keys()].map((id) => `/cards/charts/${id}.png`)].sort());
    // A story with a chart shows its first chart.
    const withChart = site.stories.find((s) => s.charts.length)!;
    const card = cards.find((c) => c.path === `/cards/stories/${withChart.slug}.png`)!;
    expect(card.svg()).toContain(`viewBox="0 0 ${cardSize.width} ${cardSize.height}"`);
    expect(texts(card.svg()).length).toBeGreaterThan(5);
  });
});

describe("a card's inputs, by which a rebuild finds its PNG without making its SVG", () => {
  it("every card of a site whose charts have input hashes says what it shows; cards that look different say different things", () => {
    const cards = siteCards(site);
    const shows = cards.map((c) => c.shows);
    expect(shows.every((text) => typeof text === "string")).toBe(true);
    expect(new Set(shows).size).toBe(new Set(cards.map((c) => c.svg())).size);
  });

  it("changes with each word, the site's name, address and language, and the chart (by its input hash); a chart without one gives no inputs at all", () => {
    const card = (changed: Partial<typeof site> & {settings?: Partial<typeof site.data.settings>}) => {
      const data = {...site.data, settings: {...site.data.settings, ...changed.settings}};
      return siteCards({...site, ...changed, data}).find((c) => c.path === `/cards/charts/${chart.id}.png`)!;
    };
    const before = card({}).shows;
    const renamed = card({settings: {name: "Another Desk"}}).shows;
    const relocated = card({settings: {locale: "fr-FR"}}).shows;
    const retitled = card({charts: new Map([[chart.id, {...chart, title: `${chart.title}, corrected`}]])}).shows;
    const redrawn = card({charts: new Map([[chart.id, {...chart, inputKey: "another"}]])}).shows;
    expect(new Set([before, renamed, relocated, retitled, redrawn]).size).toBe(5);
    expect(card({charts: new Map([[chart.id, {...chart, inputKey: undefined}]])}).shows).toBeUndefined();
  });
});
