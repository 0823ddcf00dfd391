import type {ChartModel} from "../charts/chart.ts";
import {byContent, byIdentity, byValue, type Fingerprint, ReadLog} from "../lib/readLog.ts";
import type {Data} from "./loadData.ts";

/** A chart model by the hash of everything its drawing depends on (its functions have no JSON), else by its contents. */
const byModel: Fingerprint = (model) => (model as ChartModel | undefined)?.inputKey ?? byContent(model);

/**
 * How each collection's values are written down in a log: sources, datasets
 * and chart models are kept as the same objects while unchanged, so each is
 * printed once, by a hash; figures, timelines and chart specs are made afresh
 * on each load, so they are printed by value; broken ids are strings.
 */
export const trackedPrints: Readonly<Record<string, Fingerprint>> = {
  sources: byContent, figures: byValue, timelines: byValue, datasets: byContent, chartSpecs: byValue, broken: byIdentity, models: byModel,
};

/** The site's data as one computation (a chart's model, a story's page) sees it, with every read written down in `log`. */
export function trackedData(data: Data, log: ReadLog): Data {
  return {
    ...data,
    sources: log.map("sources", data.sources, trackedPrints.sources!) as Data["sources"],
    figures: log.map("figures", data.figures, trackedPrints.figures!) as Data["figures"],
    timelines: log.map("timelines", data.timelines, trackedPrints.timelines!) as Data["timelines"],
    datasets: log.map("datasets", data.datasets, trackedPrints.datasets!) as Data["datasets"],
    chartSpecs: log.map("chartSpecs", data.chartSpecs, trackedPrints.chartSpecs!) as Data["chartSpecs"],
    broken: log.set("broken", data.broken),
  };
}

/** The chart models as a story sees them, every read written down in `log`. */
export function trackedModels(models: ReadonlyMap<string, ChartModel>, log: ReadLog): ReadonlyMap<string, ChartModel> {
  return log.map("models", models, trackedPrints.models!);
}

/** The collections `trackedData` writes reads of, by name, as a later load has them: to ask whether a log still holds. */
export function trackedCollections(data: Data, models?: ReadonlyMap<string, ChartModel>) {
  return {sources: data.sources, figures: data.figures, timelines: data.timelines, datasets: data.datasets, chartSpecs: data.chartSpecs, broken: data.broken, ...(models && {models})};
}
