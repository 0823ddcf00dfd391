import type {Data} from "../data/loadData.ts";
import type {Problem, Problems} from "../lib/problem.ts";
import {figuresIn, type ChartModule, type ChartSpec} from "./chart.ts";

/** The name of a chart's module and export: "scandal-timeline" → "scandalTimeline". */
export function chartModuleName(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The file a chart module lives in, for problems: src/charts/<camelCaseId>.ts. */
export function chartFile(id: string): string {
  return `src/charts/${chartModuleName(id)}.ts`;
}

/** A problem for each figure or timeline a chart needs that data/ does not have. */
export function missingNeeds(chart: ChartModule, data: Data): Problem[] {
  const missing = [
    ...(chart.needs.figures ?? []).filter((id) => !data.figures.has(id) && !data.broken.has(id)).map((id) => `the figure "${id}"`),
    ...(chart.needs.timelines ?? []).filter((id) => !data.timelines.has(id)).map((id) => `the timeline data/timelines/${id}.csv`),
    ...(chart.needs.factFiles ?? []).filter((file) => !figuresIn(data, file).length).map((file) => `at least one figure in ${file}`),
    ...(chart.needs.text && !data.chartText.has(chart.id) && !data.broken.has(`data/charts/${chart.id}.json`) ? [`its title and subtitle in data/charts/${chart.id}.json`] : []),
  ];
  return missing.map((what) => ({
    file: chartFile(chart.id),
    message: `the chart "${chart.id}" needs ${what}, which data/ does not have`,
    fix: "add it (or fix the error reported above); if you removed it on purpose, a developer must change the chart",
  }));
}

/** Builds a chart's spec once its data is known to be there; otherwise reports what is missing. */
export function buildChart(chart: ChartModule, data: Data, problems: Problems): ChartSpec | undefined {
  const missing = missingNeeds(chart, data);
  problems.list.push(...missing);
  const unreadable = (chart.needs.figures ?? []).some((id) => data.broken.has(id)) || (chart.needs.text === true && !data.chartText.has(chart.id));
  return missing.length || unreadable ? undefined : chart.build(data);
}
