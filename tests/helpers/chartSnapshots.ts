import {expect} from "vitest";
import {buildChart} from "../../src/charts/buildChart.ts";
import {charts} from "../../src/charts/index.ts";
import {loadData} from "../../src/data/loadData.ts";
import {formatProblem, Problems} from "../../src/lib/problem.ts";
import {layouts, renderChart} from "../../src/render/renderChart.ts";
import {root} from "./project.ts";

/** Rounds every decimal to two places, so snapshots do not churn on floating-point noise. */
export const normaliseSvg = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, ">\n<");

/** Compares a chart's SVG, in each layout, with tests/output/charts/<id>-<layout>.svg. */
export async function expectChartSnapshots(id: string): Promise<void> {
  const chart = charts.get(id);
  expect(chart, `chart ${id} is registered in src/charts/index.ts`).toBeDefined();
  const problems = new Problems();
  const spec = buildChart(chart!, loadData(root), problems);
  expect(problems.list.map(formatProblem)).toEqual([]);
  const panels = renderChart(spec!);
  for (const layout of Object.keys(layouts) as (keyof typeof layouts)[]) {
    await expect(normaliseSvg(panels.map((panel) => panel[layout]).join("\n"))).toMatchFileSnapshot(`../output/charts/${id}-${layout}.svg`);
  }
}
