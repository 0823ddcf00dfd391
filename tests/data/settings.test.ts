import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {publicAddress} from "../../src/settings/publicAddress.ts";
import {formatProblem} from "../../src/lib/problem.ts";
import {loadSite} from "../../src/site.ts";
import {copyProject} from "../helpers/project.ts";

/** The problems a copy of the fixture reports after an edit to its data/site.json. */
function problemsAfter(name: string, change: (settings: Record<string, unknown>) => Record<string, unknown> | string): string[] {
  const project = copyProject(name);
  const changed = change(JSON.parse(project.read("data/site.json")));
  project.write("data/site.json", typeof changed === "string" ? changed : `${JSON.stringify(changed, null, 2)}\n`);
  return loadSite(project.dir).problems.map(formatProblem);
}

// Each row: what an editor got wrong in data/site.json, and the line they should see.
const cases: [string, (s: Record<string, unknown>) => Record<string, unknown> | string, string][] = [
  ["a locale that is not one", (s) => ({...s, locale: "english"}), 'data/site.json:9:3  locale is not valid: "english" is not a language and region this machine can format numbers for  (locale should be a language and region for numbers and dates, e.g. en-GB, en-US or de-DE)'],
  ["a currency that is not an ISO code", (s) => ({...s, currency: "dollars"}), 'data/site.json:10:3  currency is not valid: "dollars" is not an ISO 4217 currency code  (currency should be the ISO code of the currency a figure with unit "currency" is in, e.g. GBP, USD or EUR)'],
  ["a missing name", ({name: _, ...s}) => s, 'data/site.json:1:1  the field "name" is missing  (add name: the site\'s name'],
  ["a misspelt field", ({credit, ...s}) => ({...s, credits: credit}), 'data/site.json:10:3  unknown field "credits"  (did you mean "credit"? Rename it)'],
  ["an address that is not a web address", (s) => ({...s, url: "news.example"}), 'data/site.json:11:3  url is not valid: "news.example" is not a web address like https://news.example/'],
  ["a published address over plain http", (s) => ({...s, url: "http://news.example/"}), "data/site.json:11:3  url is not valid: the published address must start with https://"],
  ["a licence that is not an SPDX id", (s) => ({...s, licence: "CC-BY-4"}), 'data/site.json:11:3  licence is not valid: "CC-BY-4" is not an SPDX licence id (did you mean "CC-BY-4.0"?)'],
  ["broken JSON", () => "{\"name\": \"x\",}", "data/site.json:1:14  is not valid JSON: Expected double-quoted property name  (check the commas, quotes and brackets at that place"],
];

describe("data/site.json", () => {
  for (const [mistake, change, expected] of cases) {
    it(`${mistake} is reported with its line and fix`, () => {
      const problems = problemsAfter(`settings-${mistake.replace(/\W+/g, "-")}`, change);
      expect(problems.some((line) => line.startsWith(expected)), problems.join("\n")).toBe(true);
    });
  }

  it("a new unit in data/facts is checked against the quote and printed in the site's currency", () => {
    const project = copyProject("settings-currency");
    project.edit("data/site.json", (t) => t.replace('"currency": "GBP"', '"currency": "USD"'));
    project.edit("data/facts/review.csv", (t) => t.replace("700000000,,around,gbp,", "700000000,,around,currency,"));
    const site = loadSite(project.dir);
    expect(site.problems.map(formatProblem)).toEqual([]);
    const fact = site.data.figures.get("austerity-loss")!;
    expect(fact.unit).toEqual({kind: "currency", code: "USD"});
  });
});

describe("a site in another locale", () => {
  it("reads English sources as the site's locale writes numbers, and says how to fix it when they differ", () => {
    const project = copyProject("settings-locale");
    project.edit("data/site.json", (t) => t.replace('"locale": "en-GB"', '"locale": "de-DE"'));
    const problems = loadSite(project.dir).problems.map(formatProblem);
    expect(problems).toContain('data/facts/misconduct.csv:2  value 1809 is not a number the quote states when read as de-DE writes numbers ("As of 2013, 1,809 officers and staff had more than one complaint against them")  (if the article writes numbers the English way, give source guardian-2022 "locale": "en-GB" (or en-US) in data/sources.json)');
    // With each source's own locale, the German site checks clean and prints German numbers.
    project.edit("data/sources.json", (t) => t.replace(/("covers": )/g, '"locale": "en-GB",\n    $1'));
    const site = loadSite(project.dir);
    expect(site.problems.map(formatProblem)).toEqual([]);
    expect(site.charts.get("review-counts")!.table.rows[0]![1]!.text).toBe("363");
    expect(site.charts.get("complaint-outcomes")!.description).toContain("Unit chart of 1.809 squares");
  });
});

describe("publicAddress(root, env) is where the site is served", () => {
  const project = mkdtempSync(join(tmpdir(), "address-"));
  mkdirSync(join(project, "data"));
  const withUrl = (url?: string) => writeFileSync(join(project, "data/site.json"), JSON.stringify(url ? {url} : {}));

  it("publicAddress() takes the origin and the sub-folder from the url in data/site.json", () => {
    withUrl("https://news.example/transport/");
    expect(publicAddress(project, {})).toEqual({site: "https://news.example", base: "/transport/"});
    withUrl("https://news.example/transport");
    expect(publicAddress(project, {})).toEqual({site: "https://news.example", base: "/transport/"});
    // Repeated slashes would turn the folder into a host (//transport/ is https://transport/).
    withUrl("https://news.example//transport//");
    expect(publicAddress(project, {})).toEqual({site: "https://news.example", base: "/transport/"});
  });

  it("publicAddress() lets SITE_URL and SITE_BASE override the settings for one build", () => {
    withUrl("https://news.example/transport/");
    expect(publicAddress(project, {SITE_URL: "https://preview.example", SITE_BASE: "/pr-12/"})).toEqual({site: "https://preview.example", base: "/pr-12/"});
    expect(publicAddress(project, {SITE_BASE: "/elsewhere/"})).toEqual({site: "https://news.example", base: "/elsewhere/"});
    // A base without its slashes is the one Astro would use.
    expect(publicAddress(project, {SITE_URL: "https://preview.example", SITE_BASE: "pr-12"})).toEqual({site: "https://preview.example", base: "/pr-12/"});
    expect(publicAddress(project, {SITE_URL: "https://preview.example/pr-12"})).toEqual({site: "https://preview.example", base: "/pr-12/"});
  });

  it("publicAddress() without an address, or with a broken settings file, builds for the root and no address", () => {
    withUrl();
    expect(publicAddress(project, {})).toEqual({base: "/"});
    writeFileSync(join(project, "data/site.json"), "{ not json");
    expect(publicAddress(project, {})).toEqual({base: "/"});
    withUrl("ftp://news.example/");
    expect(publicAddress(project, {})).toEqual({base: "/"});
  });
});
