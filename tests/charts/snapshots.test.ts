import {describe, expect, it} from "vitest";
import {formatProblem} from "../../src/lib/problem.ts";
import {layouts, renderChart} from "../../src/render/renderChart.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const site = fixtureSite();
const models = [...site.charts.values()];

/** Rounds every decimal to two places, so snapshots do not churn on floating-point noise. */
const normaliseSvg = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, ">\n<");

describe("chart snapshots (the fixture's charts, one or more of each type)", () => {
  it("the fixture loads without problems and has a chart of every type", () => {
    expect(site.problems.map(formatProblem)).toEqual([]);
    expect(new Set([...site.data.chartSpecs.values()].map((spec) => spec.type)).size).toBeGreaterThanOrEqual(3);
  });

  for (const model of models) {
    it(`renderChart(${model.id}) draws the same SVG in each layout as tests/output/charts/${model.id}-<layout>.svg`, async () => {
      const panels = renderChart(model);
      for (const layout of Object.keys(layouts) as (keyof typeof layouts)[]) {
        await expect(normaliseSvg(panels.map((panel) => panel[layout]).join("\n"))).toMatchFileSnapshot(`../output/charts/${model.id}-${layout}.svg`);
      }
    });
  }

  it("renderChart(model) gives every SVG its own ids, so two charts on a page never collide", () => {
    const ids = models.flatMap((model) => renderChart(model).flatMap((p) => [p.narrow, p.wide])).flatMap((svg) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("renderChart(model) is deterministic: drawing twice gives the same SVG", () => {
    for (const model of models) expect(renderChart(model)).toEqual(renderChart(model));
  });

  it("every chart SVG is an accessible image: a role, a name, a description, and no bare aria-label on a group", () => {
    for (const model of models) {
      for (const panel of renderChart(model)) {
        for (const svg of [panel.narrow, panel.wide]) {
          expect(svg).toMatch(svg.includes("<a ") ? /^<svg [^>]*role="group"/ : /^<svg [^>]*role="img"/);
          expect(svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/);
          expect(svg).toMatch(/^<svg [^>]*aria-describedby="chart-[a-z0-9-]+-desc"/);
          expect(svg).not.toMatch(/<g(?![^>]*role=)[^>]*aria-label=/);
        }
      }
    }
  });
});
