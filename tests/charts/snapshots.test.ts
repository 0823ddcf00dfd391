import {describe, expect, it} from "vitest";
import {buildChart} from "../../src/charts/buildChart.ts";
import {charts} from "../../src/charts/index.ts";
import {loadData} from "../../src/data/loadData.ts";
import {Problems} from "../../src/lib/problem.ts";
import {layouts, renderChart} from "../../src/render/renderChart.ts";
import {root} from "../helpers/project.ts";

/** Rounds every decimal to two places, so snapshots do not churn on floating-point noise. */
const normalise = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, ">\n<");

const data = loadData(root);

describe("chart snapshots", () => {
  for (const chart of charts.values()) {
    it(`${chart.id} renders the same SVG in each layout`, async () => {
      const problems = new Problems();
      const spec = buildChart(chart, data, problems)!;
      expect(problems.list).toEqual([]);
      const panels = renderChart(spec);
      for (const layout of Object.keys(layouts) as (keyof typeof layouts)[]) {
        const svg = panels.map((panel) => panel[layout]).join("\n");
        await expect(normalise(svg)).toMatchFileSnapshot(`../output/charts/${chart.id}-${layout}.svg`);
      }
    });
  }

  it("renderChart(spec) gives every SVG its own ids, so two charts on a page never collide", () => {
    const ids = [...charts.values()].flatMap((chart) => renderChart(chart.build(data)).flatMap((p) => [p.narrow, p.wide])).flatMap((svg) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("renderChart(spec) is deterministic: drawing twice gives the same SVG", () => {
    const spec = charts.get("complaint-outcomes")!.build(data);
    expect(renderChart(spec)).toEqual(renderChart(spec));
  });

  it("every chart SVG is an accessible image: a role, a name, a description, and no bare aria-label on a group", () => {
    for (const chart of charts.values()) {
      for (const panel of renderChart(chart.build(data))) {
        for (const svg of [panel.narrow, panel.wide]) {
          expect(svg).toMatch(svg.includes("<a ") ? /^<svg [^>]*role="group"/ : /^<svg [^>]*role="img"/);
          expect(svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/);
          expect(svg).toMatch(/^<svg [^>]*aria-describedby="chart-[a-z-]+-desc"/);
          expect(svg).not.toMatch(/<g(?![^>]*role=)[^>]*aria-label=/);
        }
      }
    }
  });
});
