import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {chartTypes} from "../../src/charts/index.ts";
import {formatProblem} from "../../src/lib/problem.ts";
import {renderChart} from "../../src/render/renderChart.ts";
import {loadSite} from "../../src/site.ts";
import {copyProject, fixture, root} from "../helpers/project.ts";

/** The README's "Make a chart" section: every recipe in it must build as written. */
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### Make a chart\n"), readme.indexOf("\n### ", readme.indexOf("### Make a chart\n") + 1));
const specs = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((text) => text.includes('"type"'));
const tables = [...section.matchAll(/`(data\/datasets\/[\w-]+\.csv)`[^\n]*\n(?:[^\n]*\n)*?\n```csv\n([\s\S]*?)```/g)].map((m) => ({file: m[1]!, text: m[2]!}));

describe("the README's chart recipes", () => {
  it("show the tables they read exactly as the test site has them", () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const {file, text} of tables) expect(text, file).toBe(readFileSync(join(fixture, file), "utf8"));
  });

  it("give a recipe for every chart type, and each builds as written", () => {
    const types = new Set(specs.map((text) => JSON.parse(text).type));
    expect([...chartTypes.keys()].filter((type) => !types.has(type))).toEqual([]);
    const project = copyProject("readme-recipes");
    specs.forEach((text, index) => project.write(`data/charts/readme-recipe-${index + 1}.json`, text));
    const site = loadSite(project.dir);
    expect(site.problems.map(formatProblem)).toEqual([]);
    specs.forEach((_, index) => {
      const model = site.charts.get(`readme-recipe-${index + 1}`)!;
      expect(model.description.length).toBeGreaterThan(0);
      expect(renderChart(model).every((panel) => panel.narrow.startsWith("<svg") && panel.wide.startsWith("<svg"))).toBe(true);
    });
  });
});
