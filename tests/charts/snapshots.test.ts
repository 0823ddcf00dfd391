import {describe, expect, it} from "vitest";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {chartModuleName} from "../../src/charts/buildChart.ts";
import {charts} from "../../src/charts/index.ts";
import {loadData} from "../../src/data/loadData.ts";
import {renderChart} from "../../src/render/renderChart.ts";
import {root} from "../helpers/project.ts";

const data = loadData(root);

describe("chart snapshots", () => {
  it("every registered chart has its own snapshot test, tests/charts/<chartModule>.test.ts", () => {
    for (const chart of charts.values()) {
      const file = join(root, "tests/charts", `${chartModuleName(chart.id)}.test.ts`);
      expect(existsSync(file) && readFileSync(file, "utf8").includes(`expectChartSnapshots("${chart.id}")`), file).toBe(true);
    }
  });

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
