import type {Data} from "../data/loadData.ts";
import {trackedCollections, trackedData} from "../data/trackedData.ts";
import {Problems, type Problem} from "../lib/problem.ts";
import {processShared} from "../lib/processShared.ts";
import {ReadLog} from "../lib/readLog.ts";
import {chartInputKey} from "../render/chartCache.ts";
import {figuresIn, type ChartModel, type ChartSpec, type Needs} from "./chart.ts";
import {chartTypes} from "./index.ts";
import {withWordFigures} from "./wordFigures.ts";
import {figureToken} from "../data/fillFigures.ts";

/** The line of a spec field, given by name or by path. */
function lineAt(spec: ChartSpec, field: string | readonly PropertyKey[]): number {
  return spec.lineOf(typeof field === "string" ? [field] : field);
}

/** A problem for each figure, timeline or file of figures a chart reads that data/ does not have. */
export function missingNeeds(spec: ChartSpec, needs: Needs, data: Data): Problem[] {
  const missing = [
    ...(needs.figures ?? []).filter((id) => !data.figures.has(id) && !data.broken.has(id)).map((id) => `the figure "${id}"`),
    ...(needs.timelines ?? []).filter((id) => !data.timelines.has(id)).map((id) => `the timeline data/timelines/${id}.csv`),
    ...(needs.factFiles ?? []).filter((file) => !figuresIn(data, file).length && !data.broken.has(file)).map((file) => `at least one figure in ${file}`),
    ...(needs.datasets ?? []).filter((name) => !data.datasets.has(name)).map((name) => `the dataset data/datasets/${name}.csv`),
  ];
  if (!missing.length) return [];
  // Found only for a problem: locating a line parses the spec's text again.
  const line = lineAt(spec, needs.field ?? "type");
  return missing.map((what) => ({
    file: spec.file, line,
    message: `the chart needs ${what}, which data/ does not have`,
    fix: "add it (or fix the problem reported for it), or change the chart to read data that is there",
  }));
}

/**
 * Draws the model of every chart in data/charts/ (what it shows, computed from
 * data), once for the whole site. A chart whose data is missing or broken is
 * reported and left out, so pages that place it are stopped, not half-drawn.
 */
export function buildCharts(data: Data, problems: Problems, root?: string): Map<string, ChartModel> {
  const models = new Map<string, ChartModel>();
  const settingsKey = JSON.stringify(data.settings);
  for (const spec of data.chartSpecs.values()) {
    // A chart whose spec, the site's settings and everything it read from data/ are as they were
    // at its last build in this process (the dev server's reload) is the same model as before.
    const key = JSON.stringify([spec, settingsKey]);
    const memoKey = root && `${root}\n${spec.id}`;
    const last = memoKey ? builds.get(memoKey) : undefined;
    if (last && last.key === key && last.reads.holds(trackedCollections(data))) {
      models.set(spec.id, last.model);
      continue;
    }
    const reads = new ReadLog();
    const own = new Problems();
    const model = buildChart(trackedData(data, reads), spec, own);
    problems.list.push(...own.list);
    if (model) {
      models.set(spec.id, model);
      // Only a chart without problems is kept: their lines must come from the file as it is now.
      if (memoKey && !own.size) builds.set(memoKey, {key, reads, model});
    }
  }
  return models;
}

const builds = processShared("chartBuilds", () => new Map<string, {key: string; reads: ReadLog; model: ChartModel}>());

/** One chart's model, or undefined when its data is missing or broken or its spec is invalid (its problems say why). */
function buildChart(data: Data, spec: ChartSpec, problems: Problems): ChartModel | undefined {
  const type = chartTypes.get(spec.type)!;
  const needs = type.needs(spec.fields);
  const missing = missingNeeds(spec, needs, data);
  problems.list.push(...missing);
  // A broken row or file is reported where it is; the chart just waits for it.
  // The figures its words print count too: a broken one would leave a hole in the title.
  const wordFigures = [...JSON.stringify([spec.title, spec.subtitle, spec.notes, spec.fields]).matchAll(figureToken)].map((match) => match[1]!);
  const unreadable = [...(needs.figures ?? []), ...wordFigures, ...(needs.factFiles ?? []), ...(needs.datasets ?? []).map((name) => `data/datasets/${name}.csv`)].some((id) => data.broken.has(id));
  if (missing.length || unreadable) return undefined;
  const invalid = type.validate?.(data, spec.fields) ?? [];
  for (const {field, message, fix} of invalid) problems.add({file: spec.file, line: lineAt(spec, field), message, fix});
  if (invalid.length) return undefined;
  const model = withWordFigures(type.build(data, spec), spec, data);
  return {...model, inputKey: chartInputKey(spec, needs, data, model.citations.map((citation) => citation.source))};
}
