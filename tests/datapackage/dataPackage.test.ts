import {afterEach, describe, expect, it, vi} from "vitest";
import {dataPackage} from "../../src/datapackage/dataPackage.ts";
import {plainNumbers} from "../../src/datapackage/plainNumbers.ts";
import {parseUnit, type Unit} from "../../src/format/unit.ts";
import {formatProblem} from "../../src/lib/problem.ts";
import {datasetLd, descriptionLength} from "../../src/seo/datasetLd.ts";
import {jsonLd} from "../../src/seo/jsonLd.ts";
import {readSite} from "../../src/site.ts";
import {parse} from "../helpers/dist.ts";
import {copyContent} from "../helpers/project.ts";

const unit = (name: string): Unit => parseUnit(name, "GBP")!;
const en = {locale: "en-GB", currencyDisplay: "narrowSymbol"} as const;

describe("plainNumbers(cells, unit, settings)", () => {
  // Each row: cells as the CSV has them (Intl's no-break spaces included), their unit, the locale, and how a Table Schema reader must take them (undefined: as text).
  const cases: [string, string[], string, {locale: string; currencyDisplay: "narrowSymbol" | "code" | "name" | "symbol"}, ReturnType<typeof plainNumbers>][] = [
    ["counts, grouped", ["1,809", "13"], "count", en, {type: "integer", groupChar: ","}],
    ["counts, plain", ["363", "16"], "count", en, {type: "integer"}],
    ["counts with decimals", ["1.5", "2"], "count", en, {type: "number"}],
    ["percentages", ["82%", "0.72%"], "percent", en, {type: "number", bareNumber: false}],
    ["pounds", ["£1.50", "£2.00"], "GBP", en, {type: "number", bareNumber: false}],
    ["pounds, with the code", ["GBP\u00a01.50", "GBP\u00a0700"], "GBP", {locale: "en-GB", currencyDisplay: "code"}, {type: "number", bareNumber: false}],
    ["German counts", ["1.809", "35"], "count", {locale: "de-DE", currencyDisplay: "narrowSymbol"}, {type: "integer", groupChar: "."}],
    ["German euros", ["1,60\u00a0€", "2,00\u00a0€"], "EUR", {locale: "de-DE", currencyDisplay: "narrowSymbol"}, {type: "number", decimalChar: ",", bareNumber: false}],
    ["empty cells are missing values", ["13", ""], "count", en, {type: "integer"}],
    ["a scale word: 35.8 would be read", ["35.8 million", "13"], "count", en, undefined],
    ["an abbreviated scale: 2.1 would be read", ["£2.1bn"], "GBP", en, undefined],
    ["a range", ["22% to 47%"], "percent", en, undefined],
    ["words around the number", ["3 in 10"], "in-10", en, undefined],
    ["percentage points", ["3.5 percentage points"], "points", en, undefined],
    ["a neutralised minus sign", ["'-5"], "count", en, undefined],
    ["another unit's symbol", ["$4.25"], "GBP", en, undefined],
    ["digits not grouped in threes", ["12,34,567"], "count", en, undefined],
    ["no cells at all", ["", ""], "count", en, undefined],
  ];
  for (const [what, cells, name, settings, expected] of cases) {
    it(`plainNumbers(${JSON.stringify(cells)}, ${name}, ${settings.locale}): ${what}`, () => {
      expect(plainNumbers(cells, unit(name), settings)).toEqual(expected);
    });
  }
});

describe("dataPackage(site) and datasetLd(site) with hostile words", () => {
  afterEach(() => vi.unstubAllEnvs());
  const script = "</script><script>alert(1)</script>";
  const quoted = `Fares "up" & <b>away</b> <!--`;
  const copy = copyContent("datapackage-hostile");
  copy.edit("data/charts/bus-fares.json", (text) => text.replace(/"title": "[^"]*"/, `"title": ${JSON.stringify(script)}`));
  copy.edit("data/charts/review-counts.json", (text) => text.replace(/"title": "[^"]*"/, `"title": ${JSON.stringify(quoted)}`));
  copy.edit("data/datasets/bus-fares.json", (text) => text.replace('"A single adult bus fare"', JSON.stringify(`${script} & "fare"`)));
  copy.edit("data/sources.json", (text) => text.replace('"outlet": "CNN"', `"outlet": ${JSON.stringify(`CNN ${script}`)}`));
  const site = readSite(copy.dir);

  it("the site with them loads without a problem", () => {
    expect(site.problems.map(formatProblem)).toEqual([]);
  });

  it("dataPackage(site) keeps every value as written: JSON carries it, no markup is made of it", () => {
    const back = JSON.parse(JSON.stringify(dataPackage(site))) as ReturnType<typeof dataPackage>;
    const resource = (name: string) => back.resources.find((r) => r.name === name)!;
    expect(resource("bus-fares").title).toBe(script);
    expect(resource("review-counts").title).toBe(quoted);
    expect(resource("bus-fares").schema.fields.find((f) => f.name === "Fare")!.description).toContain(`${script} & "fare"`);
    expect(back.sources.map((s) => s.title)).toContain(`CNN ${script}: Report on the final Casey Review, as it was published`);
  });

  it("jsonLd(datasetLd(site)) has no <, > or & that could end or bend its script element, and reads back to the same words", () => {
    const charts = [...site.charts.values()];
    const text = jsonLd(datasetLd(site, charts.length, charts));
    expect(text).not.toMatch(/[<>&]/);
    const page = parse(`<!doctype html><html><body><script type="application/ld+json">${text}</script><p>after</p></body></html>`);
    expect(page.querySelectorAll("script")).toHaveLength(1);
    expect(page.querySelector("p")!.textContent).toBe("after");
    const data = JSON.parse(page.querySelector("script")!.textContent!) as {distribution: {name: string}[]; citation: {publisher?: {name: string}}[]};
    expect(data.distribution.map((d) => d.name)).toEqual(expect.arrayContaining([script, quoted]));
    expect(data.citation.map((c) => c.publisher?.name)).toContain(`CNN ${script}`);
  });

  it("datasetLd(site) has a name, a description of 50 to 5,000 characters, however long the site's name, and the licence", () => {
    const charts = [...site.charts.values()];
    for (const name of ["A", "x".repeat(6000)]) {
      const ld = datasetLd({...site, data: {...site.data, settings: {...site.data.settings, name, licence: {name: "CC-BY-4.0", title: "CC BY 4.0", path: "https://creativecommons.org/licenses/by/4.0/"}}}}, charts.length, charts);
      expect(ld.name).toEqual(expect.any(String));
      expect((ld.description as string).length).toBeGreaterThanOrEqual(descriptionLength.min);
      expect((ld.description as string).length).toBeLessThanOrEqual(descriptionLength.max);
      expect(ld.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    }
  });

  it("with the site's address under a sub-folder: the package's own address and links are absolute, its resource paths stay relative to it", () => {
    vi.stubEnv("SITE", "https://news.example");
    vi.stubEnv("BASE_URL", "/casey/");
    const pkg = dataPackage(site);
    expect(pkg.id).toBe("https://news.example/casey/datapackage.json");
    expect(pkg.homepage).toBe("https://news.example/casey/");
    for (const resource of pkg.resources) {
      expect(resource.path).toBe(`downloads/${resource.name}.csv`);
      expect(resource.homepage).toBe(`https://news.example/casey/embed/${resource.name}/`);
      for (const source of resource.sources) expect(source.path).toMatch(/^https:\/\/news\.example\/casey\/sources\/[a-z0-9-]+\/$/);
    }
    const ld = datasetLd(site, 1, [...site.charts.values()].slice(0, 1)) as {url: string; distribution: {contentUrl: string}[]};
    expect(ld.url).toBe("https://news.example/casey/data/");
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual(["https://news.example/casey/datapackage.json", `https://news.example/casey/downloads/${[...site.charts.keys()][0]}.csv`]);
  });

  it("without an address: no id or homepage, and every path relative to the package (Frictionless forbids / and ../)", () => {
    const pkg = dataPackage(site);
    expect(pkg.id).toBeUndefined();
    expect(pkg.homepage).toBeUndefined();
    for (const resource of pkg.resources) {
      expect(resource.homepage).toBeUndefined();
      for (const path of [resource.path, ...resource.sources.map((s) => s.path)]) expect(path).toMatch(/^(?![/.])(?!.*\.\.\/)/);
    }
  });
});
