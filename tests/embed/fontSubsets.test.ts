import {existsSync, mkdtempSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {siteCards} from "../../src/cards/siteCards.ts";
import {needsSystemFonts} from "../../src/embed/bundledFont.ts";
import {FontSubsets, svgCharacters} from "../../src/embed/fontSubsets.ts";
import {fontFiles, renderImage} from "../../src/embed/rasterise.ts";
import {standaloneSvg} from "../../src/embed/standaloneSvg.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const dir = mkdtempSync(join(tmpdir(), "font-subsets-test-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const site = fixtureSite();
const line = (y: number, text: string, attributes = "") => `<text x="10" y="${y}" font-size="18" ${attributes}>${text}</text>`;
// Kerning pairs, ligature and contextual candidates, tabular figures, accents, quotes, arrows,
// Greek and Cyrillic, bold, a character Inter lacks, and characters written as references.
const wordy = `<!DOCTYPE svg [<!ENTITY e "Ωμέγα">]><svg xmlns="http://www.w3.org/2000/svg" width="640" height="260" font-family="Inter, sans-serif"><rect width="640" height="260" fill="#fff"/>${[
  line(30, "AVATAR Ta To Yo W. fi fl ffi -&gt; --&gt; 1/2 0.71%"),
  line(60, "1,809 111 000 £4.50 €3 −12 ↓ 13 → ×2", 'font-variant="tabular-nums"'),
  line(90, "Café naïve “quoted” ‘single’ – — … Straße Łódź", 'font-weight="bold"'),
  line(120, "Αθήνα Москва Київ 東京 &#x4EAC;"),
  line(150, "caf&#xE9; &#8220;refs&#8221; &#x2192; &amp; &lt;tag&gt;", 'font-weight="700"'),
  line(180, "small caps here", 'font-variant="small-caps"'),
  line(210, "upper case here", 'style="text-transform: uppercase"'),
  line(240, "<![CDATA[Жé & <ok>]]> &e;"),
].join("")}</svg>`;
// Characters the font lacks though they are in ranges it mostly has: each is drawn as its `.notdef` box.
const lacking = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><rect width="300" height="40" fill="#fff"/>${line(30, "a&#x2028;b&#x2029;c&#x1680;d&#x149;e&#x1C4;")}</svg>`;

/** Whether an SVG draws the same pixels with the fonts a FontSubsets gives as with the whole fonts. */
async function drawsTheSame(subsets: FontSubsets, svg: string, scale = 1, systemFonts = false): Promise<boolean> {
  const whole = renderImage(svg, scale, {systemFonts}).pixels;
  const subset = renderImage(svg, scale, {systemFonts, fonts: await subsets.filesFor(svg)}).pixels;
  return whole.equals(subset);
}

describe("the characters of an SVG", () => {
  it("are its text with character references read, its CDATA sections and declared entities, and not its tags", () => {
    const codes = svgCharacters(`<!DOCTYPE svg [<!ENTITY e "Жé">]><svg><text x="1">caf&#xE9; &#8220;q&#8221; &amp; &e;</text><text><![CDATA[東<b>京]]></text></svg>`);
    for (const char of "café“q”&Жé東<b>京") expect(codes.has(char.codePointAt(0)!), char).toBe(true);
    expect(codes.has("x".codePointAt(0)!)).toBe(false);
  });

  it("tell that a character written as a reference or in a CDATA section needs the machine's fonts", () => {
    expect(needsSystemFonts(`<svg><text>&#x6771;&#20140;</text></svg>`)).toBe(true);
    expect(needsSystemFonts(`<svg><text><![CDATA[東京]]></text></svg>`)).toBe(true);
    expect(needsSystemFonts(`<svg><text lang="&#x6771;">caf&#xE9;</text></svg>`)).toBe(false);
  });
});

describe("fonts cut down to a drawing's characters", () => {
  it("draw the same pixels as the whole fonts: kerning, ligatures, tabular figures, accents, bold, other scripts", async () => {
    expect(await drawsTheSame(new FontSubsets(join(dir, "wordy")), wordy, 2)).toBe(true);
  });

  it("draw a character the font lacks as the whole font does, with the machine's fonts or without", async () => {
    const subsets = new FontSubsets(join(dir, "lacking"));
    expect(await drawsTheSame(subsets, lacking)).toBe(true);
    expect(await drawsTheSame(subsets, lacking, 1, true)).toBe(true);
  });

  it("draw every chart of the fixture, as a download and as a card, the same as the whole fonts", async () => {
    const subsets = new FontSubsets(join(dir, "fixture"));
    for (const chart of site.charts.values()) expect(await drawsTheSame(subsets, standaloneSvg(chart, site.data).svg), chart.id).toBe(true);
    for (const card of siteCards(site)) expect(await drawsTheSame(subsets, card.svg()), card.path).toBe(true);
  });

  it("are far smaller than the whole fonts, and made again only for a character no subset has", async () => {
    const subsets = new FontSubsets(join(dir, "reuse"));
    const first = await subsets.filesFor(`<svg><text>Bus fares</text></svg>`);
    expect(first).toHaveLength(fontFiles.length);
    for (const [i, file] of first.entries()) expect(statSync(file).size).toBeLessThan(statSync(fontFiles[i]!).size / 3);
    expect(await subsets.filesFor(`<svg><text>Tram fares, 2024</text></svg>`)).toEqual(first);
    const widened = await subsets.filesFor(`<svg><text>Café</text></svg>`);
    expect(widened).not.toEqual(first);
    expect(await drawsTheSame(subsets, `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="30" font-size="20">Café Bus</text></svg>`)).toBe(true);
  });

  it("once closed, make no more subsets and leave nothing in their folder", async () => {
    const subsets = new FontSubsets(join(dir, "closed"));
    subsets.close();
    expect(await subsets.filesFor(`<svg><text>Bus</text></svg>`)).toEqual(fontFiles);
    expect(existsSync(join(dir, "closed"))).toBe(false);
  });

  it("give the whole fonts for a drawing whose characters cannot be read, and go on with the next", async () => {
    const subsets = new FontSubsets(join(dir, "unreadable"));
    expect(await subsets.filesFor(undefined as unknown as string)).toEqual(fontFiles);
    const next = await subsets.filesFor(`<svg><text>Bus</text></svg>`);
    expect(next).not.toEqual(fontFiles);
    expect(next).toHaveLength(fontFiles.length);
  });

  it("fall back to the whole fonts when a font cannot be cut down", async () => {
    const broken = join(dir, "not-a-font.ttf");
    writeFileSync(broken, "not a font");
    const subsets = new FontSubsets(join(dir, "broken"), [broken]);
    expect(await subsets.filesFor(`<svg><text>Bus</text></svg>`)).toEqual([broken]);
  });
});
