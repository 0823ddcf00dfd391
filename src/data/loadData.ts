import {Problems} from "../lib/problem.ts";
import {loadSettings} from "../settings/loadSettings.ts";
import type {SiteSettings} from "../settings/settings.ts";
import {loadSources, type Source} from "../sources/loadSources.ts";
import type {Dataset} from "./dataset.ts";
import type {DerivedFigure} from "./derived.ts";
import type {Fact} from "./fact.ts";
import type {ChartSpec} from "../charts/chart.ts";
import {loadChartSpecs} from "./loadChartSpecs.ts";
import {loadDatasets} from "./loadDatasets.ts";
import {loadDerived} from "./loadDerived.ts";
import {loadFacts} from "./loadFacts.ts";
import {loadTimelines} from "./loadTimelines.ts";
import type {TimelineEvent} from "./timelineEvent.ts";

/** A figure that prose and charts can cite: typed in with a quote, or derived from such. */
export type Figure = Fact | DerivedFigure;

/** Everything in data/ and seeds/, parsed and verified. */
export interface Data {
  /** The site's name, credit, locale and currency, from data/site.json. */
  settings: SiteSettings;
  sources: Map<string, Source>;
  figures: Map<string, Figure>;
  timelines: Map<string, TimelineEvent[]>;
  /** Tables in data/datasets/, by name, every value checked against its row's quote. */
  datasets: Map<string, Dataset>;
  /** Every chart, by id, as data/charts/<id>.json specifies it. */
  chartSpecs: Map<string, ChartSpec>;
  /** Ids of rows and sources that could not be read; their problems are reported once, not again where they are cited. */
  broken: Set<string>;
}

/**
 * Loads and verifies all data, collecting every problem into `problems`. The
 * result is usable (minus the broken rows) even when problems were found, so a
 * check can go on and report the rest.
 */
export function loadData(root: string, problems = new Problems()): Data {
  const broken = new Set<string>();
  const settings = loadSettings(root, problems);
  const sources = loadSources(root, problems, broken);
  const figures = new Map<string, Figure>();
  const add = (figure: Figure) => {
    const other = figures.get(figure.id);
    if (other) problems.add({file: figure.file, line: figure.line, message: `the id "${figure.id}" is already used in ${other.file} line ${other.line}`, fix: "give every figure its own id"});
    else figures.set(figure.id, figure);
  };
  loadFacts(root, settings, sources, problems, broken).forEach(add);
  const facts = new Map([...figures].filter((entry): entry is [string, Fact] => entry[1].kind === "fact"));
  loadDerived(root, settings, facts, problems, broken).forEach(add);
  const timelines = loadTimelines(root, sources, problems, broken);
  const datasets = loadDatasets(root, settings, sources, problems, broken);
  return {settings, sources, figures, timelines, datasets, chartSpecs: loadChartSpecs(root, problems, new Set([...figures.keys(), ...broken]), broken), broken};
}
