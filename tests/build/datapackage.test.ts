import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {Ajv} from "ajv";
import addFormats from "ajv-formats";
import {csvParseRows} from "d3";
import {describe, expect, it} from "vitest";
import type {DataPackage} from "../../src/datapackage/dataPackage.ts";
import type {Field} from "../../src/datapackage/tableSchema.ts";
import {descriptionLength} from "../../src/seo/datasetLd.ts";
import {readSite} from "../../src/site.ts";
import {fixtureDistFile} from "../helpers/globalSetup.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {copyProject, editorEnv, root} from "../helpers/project.ts";

// The Frictionless Data Package v2.0 profile, vendored (tests/fixtures/schemas/README.md): no network.
const profile = JSON.parse(readFileSync(join(root, "tests/fixtures/schemas/datapackage-2.0.json"), "utf8")) as object;
const ajv = new Ajv({strict: false, allErrors: true});
addFormats(ajv);
// The profile marks long text for form editors with format "textarea": any text is valid.
ajv.addFormat("textarea", true);
const validate = ajv.compile(profile);
const problemsOf = (descriptor: unknown) => (validate(descriptor) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`));

const readJson = <T,>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;

/** A cell as a Table Schema reader takes it (https://datapackage.org/standard/table-schema/#number): NaN when it cannot. */
function readNumber(cell: string, field: Field): number {
  let text = cell;
  if (field.bareNumber === false) text = text.replace(/^\D+|\D+$/g, "");
  if (field.groupChar) text = text.replaceAll(field.groupChar, "");
  if (field.decimalChar) text = text.replace(field.decimalChar, ".");
  return field.type === "integer" ? (/^[+-]?\d+$/.test(text) ? Number(text) : NaN) : /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
}

/** The file a site link points at, under the build's base path. */
const fileOf = (dist: string, link: string, base = "/") => (link.startsWith(base) ? resolveUrl(dist, `/${link.slice(base.length)}`) : undefined);

const fixtureDist = readFileSync(fixtureDistFile, "utf8");
// The real site and the fixture's (a chart of every type); expectations come from each one's own content.
const sites = [
  {name: "the site", project: root, dist: join(root, "dist")},
  {name: "the fixture's site", project: dirname(fixtureDist), dist: fixtureDist},
];

describe("the data behind the charts", () => {
  it("the vendored profile is the one the package declares, and it rejects what Frictionless forbids", () => {
    const pkg = readJson<DataPackage>(join(root, "dist/datapackage.json"));
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    const first = pkg.resources[0]!;
    // Proof the validator bites: an absolute path, an unknown field type, a resource without a name.
    expect(problemsOf({...pkg, resources: [{...first, path: "/downloads/x.csv"}]})).not.toEqual([]);
    expect(problemsOf({...pkg, resources: [{...first, schema: {fields: [{name: "x", type: "money"}]}}]})).not.toEqual([]);
    expect(problemsOf({...pkg, resources: [{...first, name: undefined}]})).not.toEqual([]);
  });

  describe.each(sites)("in $name", ({project, dist}) => {
    const content = readSite(project);
    const pkg = readJson<DataPackage>(join(dist, "datapackage.json"));
    const csvFiles = readdirSync(join(dist, "downloads")).filter((name) => name.endsWith(".csv")).sort();

    it("datapackage.json is a valid Frictionless Data Package v2", () => {
      expect(problemsOf(pkg)).toEqual([]);
    });

    it("lists every CSV in downloads/ as a resource named by its chart, and nothing else; each path relative to the package", () => {
      expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvFiles.map((name) => `downloads/${name}`));
      expect(pkg.resources.map((r) => r.name).sort()).toEqual([...content.charts.keys()].sort());
      for (const resource of pkg.resources) expect(existsSync(join(dist, resource.path)), resource.path).toBe(true);
    });

    it("each resource's fields are its CSV's header row, exactly; its bytes and hash are the file's", () => {
      for (const resource of pkg.resources) {
        const file = readFileSync(join(dist, resource.path));
        expect(resource.schema.fields.map((f) => f.name), resource.name).toEqual(csvParseRows(file.toString("utf8"))[0]);
        expect(resource.bytes).toBe(file.length);
        expect(resource.hash).toBe(`sha256:${createHash("sha256").update(file).digest("hex")}`);
      }
    });

    it("a column typed integer, number, year or date reads in every cell as that type; a number column names its unit", () => {
      const shapes = {year: /^\d{4}$/, yearmonth: /^\d{4}-\d{2}$/, date: /^\d{4}-\d{2}-\d{2}$/} as Record<string, RegExp>;
      for (const resource of pkg.resources) {
        const [, ...rows] = csvParseRows(readFileSync(join(dist, resource.path), "utf8"));
        resource.schema.fields.forEach((field, index) => {
          const cells = rows.map((row) => row[index]!).filter((cell) => cell !== "");
          if (field.type === "integer" || field.type === "number") {
            expect(field.unit, `${resource.name} ${field.name}`).toEqual(expect.any(String));
            for (const cell of cells) expect(readNumber(cell, field), `${resource.name} ${field.name} "${cell}"`).toBeGreaterThanOrEqual(0);
          } else if (shapes[field.type]) {
            for (const cell of cells) expect(cell, `${resource.name} ${field.name}`).toMatch(shapes[field.type]!);
          } else expect(field.type).toBe("string");
        });
      }
    });

    it("names the licence in data/site.json, the site as publisher, and each chart's sources", () => {
      const {settings, sources} = content.data;
      expect(pkg.licenses).toEqual(settings.licence ? [settings.licence] : undefined);
      expect(pkg.contributors[0]!.title).toBe(settings.name);
      for (const resource of pkg.resources) {
        const cited = [...new Set(content.charts.get(resource.name)!.citations.map((c) => c.source))];
        expect(resource.sources.map((s) => s.title), resource.name).toEqual(cited.map((id) => `${sources.get(id)!.outlet}: ${sources.get(id)!.title}`));
        for (const source of resource.sources) expect(fileOf(dist, `/${source.path}`), source.path).toBeDefined();
      }
    });

    it("the data page and the pages after it link every chart's CSV once, the data package, and the licence", () => {
      const listPages = [...pages(dist)].filter(([url]) => url === "/data/" || url.startsWith("/data/page/"));
      const links = listPages.flatMap(([, html]) => [...parse(html).querySelectorAll(".data-files a[download]")].map((a) => a.getAttribute("href")!));
      expect(links.sort()).toEqual(csvFiles.map((name) => `/downloads/${name}`));
      const doc = parse(pages(dist).get("/data/")!);
      expect(doc.querySelector('main a[href="/datapackage.json"]')).not.toBeNull();
      const licence = content.data.settings.licence;
      expect(doc.querySelector('a[rel="license"]')?.getAttribute("href")).toBe(licence?.path);
    });

    it("the data page's JSON-LD is a Dataset: name, a description of 50 to 5,000 characters, the licence, the package and its CSVs as downloads", () => {
      const doc = parse(pages(dist).get("/data/")!);
      const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts).toHaveLength(1);
      const text = scripts[0]!.textContent!;
      expect(text).not.toMatch(/[<>&]/);
      const ld = JSON.parse(text) as {"@context": string; "@type": string; name: string; description: string; license?: string; distribution: {"@type": string; encodingFormat: string; contentUrl: string}[]};
      expect(ld["@context"]).toBe("https://schema.org");
      expect(ld["@type"]).toBe("Dataset");
      expect(ld.name.length).toBeGreaterThan(0);
      expect(ld.description.length).toBeGreaterThanOrEqual(descriptionLength.min);
      expect(ld.description.length).toBeLessThanOrEqual(descriptionLength.max);
      expect(ld.license).toBe(content.data.settings.licence?.path);
      const listed = [...doc.querySelectorAll(".data-files a[download]")].map((a) => a.getAttribute("href"));
      expect(ld.distribution.map((d) => d.contentUrl)).toEqual(["/datapackage.json", ...listed]);
      for (const download of ld.distribution) {
        expect(download["@type"]).toBe("DataDownload");
        expect(download.encodingFormat).toMatch(download.contentUrl.endsWith(".csv") ? /^text\/csv$/ : /^application\/json$/);
        expect(fileOf(dist, download.contentUrl), download.contentUrl).toBeDefined();
      }
    });

    it("every chart's data table, in stories and on embed pages, links its CSV and the data package", () => {
      let tables = 0;
      for (const [url, html] of pages(dist)) {
        for (const table of parse(html).querySelectorAll("figure.chart details.chart-data")) {
          tables++;
          const links = [...table.querySelectorAll(".chart-data-links a")].map((a) => a.getAttribute("href")!);
          expect(links, url).toContain("/datapackage.json");
          expect(links, url).toContain(`/downloads/${table.closest("figure")!.getAttribute("data-chart")}.csv`);
          for (const link of links) expect(fileOf(dist, link), `${url}: ${link}`).toBeDefined();
        }
      }
      // At least each chart's embed page shows its table.
      expect(tables).toBeGreaterThanOrEqual(content.charts.size);
    });
  });
});

describe("the data built under a sub-path (SITE_URL and SITE_BASE), with chart titles an attacker wrote", () => {
  const base = "/casey/";
  const script = "</script><script>alert(1)</script>";
  const quoted = `Fares "up" & <b>away</b>`;

  it("the package validates, its paths stay relative and its addresses are absolute; the data page links under the sub-path and shows the titles as text", () => {
    const project = copyProject("datapackage-sub-path");
    project.edit("data/charts/bus-fares.json", (text) => text.replace(/"title": "[^"]*"/, `"title": ${JSON.stringify(script)}`));
    project.edit("data/charts/review-counts.json", (text) => text.replace(/"title": "[^"]*"/, `"title": ${JSON.stringify(quoted)}`));
    const result = spawnSync("npm", ["run", "--silent", "build"], {cwd: project.dir, encoding: "utf8", env: {...editorEnv(), SITE_URL: "https://news.example", SITE_BASE: base}});
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    const dist = join(project.dir, "dist");

    const pkg = readJson<DataPackage>(join(dist, "datapackage.json"));
    expect(problemsOf(pkg)).toEqual([]);
    expect(pkg.id).toBe(`https://news.example${base}datapackage.json`);
    expect(pkg.resources.find((r) => r.name === "bus-fares")!.title).toBe(script);
    for (const resource of pkg.resources) {
      expect(existsSync(join(dist, resource.path)), resource.path).toBe(true);
      expect(resource.homepage).toBe(`https://news.example${base}embed/${resource.name}/`);
      for (const source of resource.sources) expect(fileOf(dist, new URL(source.path).pathname, base), source.path).toBeDefined();
    }

    const doc = parse(readFileSync(join(dist, "data/index.html"), "utf8"));
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    for (const element of doc.querySelectorAll('script:not([type="application/ld+json"])')) expect(element.textContent).not.toContain("alert(1)");
    const titles = [...doc.querySelectorAll(".data-files a[download]")].map((a) => a.textContent);
    expect(titles).toEqual(expect.arrayContaining([script, quoted]));
    for (const link of doc.querySelectorAll("main a[href]")) {
      const href = link.getAttribute("href")!;
      if (!/^https?:/.test(href)) expect(fileOf(dist, href, base), href).toBeDefined();
    }
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as {url: string; distribution: {name: string; contentUrl: string}[]};
    expect(ld.url).toBe(`https://news.example${base}data/`);
    expect(ld.distribution.map((d) => d.name)).toEqual(expect.arrayContaining([script, quoted]));
    for (const download of ld.distribution) expect(fileOf(dist, new URL(download.contentUrl).pathname, base), download.contentUrl).toBeDefined();

    const story = parse(readFileSync(join(dist, "casey-review/index.html"), "utf8"));
    for (const table of story.querySelectorAll("details.chart-data")) expect([...table.querySelectorAll(".chart-data-links a")].map((a) => a.getAttribute("href"))).toContain(`${base}datapackage.json`);
  });
});
