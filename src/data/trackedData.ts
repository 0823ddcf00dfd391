import type {ChartModel} from "../charts/chart.ts";
import {byIdentity, byValue, ReadLog} from "../lib/readLog.ts";
import type {Data} from "./loadData.ts";

/**
 * The site's data as one computation (a chart's model, a story's page) sees
 * it, with every read written down in `log`: sources, datasets and chart
 * models are kept as the same objects while unchanged, so they compare by
 * identity; figures, timelines and chart specs are made afresh on each load,
 * so they compare by value.
 */
export function trackedData(data: Data, log: ReadLog): Data {
  return {
    ...data,
    sources: log.map("sources", data.sources, byIdentity) as Data["sources"],
    figures: log.map("figures", data.figures, byValue) as Data["figures"],
    timelines: log.map("timelines", data.timelines, byValue) as Data["timelines"],
    datasets: log.map("datasets", data.datasets, byIdentity) as Data["datasets"],
    chartSpecs: log.map("chartSpecs", data.chartSpecs, byValue) as Data["chartSpecs"],
    broken: log.set("broken", data.broken),
  };
}

/** The collections `trackedData` writes reads of, by name, as a later load has them: to ask whether a log still holds. */
export function trackedCollections(data: Data, models?: ReadonlyMap<string, ChartModel>) {
  return {sources: data.sources, figures: data.figures, timelines: data.timelines, datasets: data.datasets, chartSpecs: data.chartSpecs, broken: data.broken, ...(models && {models})};
}
