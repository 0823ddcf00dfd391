import {existsSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {buildCharts} from "./charts/buildChart.ts";
import type {ChartModel} from "./charts/chart.ts";
import {loadData, type Data} from "./data/loadData.ts";
import {projectRoot} from "./lib/paths.ts";
import {ContentError, Problems, type Problem} from "./lib/problem.ts";
import {processShared} from "./lib/processShared.ts";
import {freshStamp, withStamps} from "./lib/stampOf.ts";
import {useChartCache} from "./render/renderChart.ts";
import {checkLinks} from "./stories/checkLinks.ts";
import {checkPlaceholders} from "./stories/checkPlaceholders.ts";
import {loadStories} from "./stories/loadStories.ts";
import type {Story} from "./stories/story.ts";

/** The whole site's input, loaded and verified: what every page renders from. */
export interface Site {
  data: Data;
  /** Every chart in data/charts/, drawn from the data once for all the pages that show it. */
  charts: Map<string, ChartModel>;
  stories: Story[];
  problems: Problem[];
}

/** What editors change: read with fs, not imported (the dev server watches them itself), and looked at for changes. */
export const inputFolders = ["content", "data", "seeds"];

/** Every file's stamp under `folder`, into `found`; links (a seed may be one) noted in `links`. */
function walk(folder: string, found: Map<string, string>, links: Set<string>): void {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found, links);
    else {
      if (entry.isSymbolicLink()) links.add(path);
      found.set(path, freshStamp(path));
    }
  }
}

/** Every input file's stamp, so a cached site is reused only while nothing changed. */
function stamps(root: string, links: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const input of inputFolders) if (existsSync(join(root, input))) walk(join(root, input), found, links);
  return found;
}

/**
 * The last stamps with those of the paths the watcher reported looked at again
 * (a folder: all of it), and every link's (the watcher names the file it points to).
 */
function restamped(last: Map<string, string>, changed: Iterable<string>, links: Set<string>): Map<string, string> {
  const found = new Map(last);
  for (const path of changed) {
    for (const known of found.keys()) if (known === path || known.startsWith(`${path}/`)) found.delete(known);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) walk(path, found, links);
    else found.set(path, freshStamp(path));
  }
  for (const link of links) if (found.has(link)) found.set(link, freshStamp(link));
  return found;
}

const fingerprint = (stamped: Map<string, string>) => [...stamped].map(([path, stamp]) => `${path}:${stamp}`).sort().join("\n");

// The last load: the check before a build and the pages share it, so a build loads, verifies and draws the site once.
const loads = processShared("siteLoads", () => ({last: undefined as {key: string; generation: number; stamps: Map<string, string>; links: Set<string>; site: Site} | undefined}));

// The dev server watches content/, data/ and seeds/: while it does, a page reuses the last load until
// the watcher reports a change, instead of looking at every input file on each of its many calls.
const watch = processShared("inputWatch", () => ({active: false, generation: 0, changed: new Set<string>()}));

/** For the dev server's watcher: inputs are being watched, and `inputsChanged` will be called on every change. */
export function watchingInputs(): void {
  watch.active = true;
}

/** For the dev server's watcher: a file (or folder) in content/, data/ or seeds/ changed, was added or was removed. */
export function inputsChanged(path: string): void {
  watch.changed.add(path);
  watch.generation++;
}

/** Loads data, stories and charts from disk, collecting every problem. No cache. */
export function readSite(root = projectRoot()): Site {
  const problems = new Problems();
  const data = loadData(root, problems);
  // Every chart, placed or not, so that each one's problems surface.
  const charts = buildCharts(data, problems, root);
  const {stories, outlines} = loadStories(root, data, charts, problems);
  problems.list.push(...checkLinks(data, outlines), ...checkPlaceholders(root));
  return {data, charts, stories, problems: dedupe(problems.list)};
}

/**
 * The site, for pages and the check before a build. Reloads whenever an input
 * changed, so neither a dev server nor a rebuild in the same process serves
 * stale pages; otherwise reuses the last load (every page of a build asks).
 */
export function loadSite(root = projectRoot()): Site {
  // During a build the inputs do not change: the fingerprint (a look at every input file) is taken once, not for every page.
  const last = loads.last;
  if (process.env.SITE_INPUTS_FROZEN === "1" && last?.key.startsWith(`${root}\n`)) return last.site;
  // Taken before the look at the files: a change while loading makes the next call load again.
  const generation = watch.generation;
  if (watch.active && last?.generation === generation && last.key.startsWith(`${root}\n`)) return last.site;
  // Watched, only the files reported changed are looked at again; else every input file is.
  const sameRoot = last?.key.startsWith(`${root}\n`);
  const changed = [...watch.changed];
  const links = sameRoot ? new Set(last!.links) : new Set<string>();
  const stamped = watch.active && sameRoot ? restamped(last!.stamps, changed, links) : stamps(root, links);
  const key = `${root}\n${fingerprint(stamped)}`;
  if (last?.key !== key) {
    // What changed is loaded again; the rest is reused from the last load (see ReadLog).
    const site = withStamps(stamped, () => readSite(root));
    loads.last = {key, generation, stamps: stamped, links, site};
  } else last.generation = generation;
  // Only now, with the load done: a load that failed leaves the changes to be looked at again.
  for (const path of changed) watch.changed.delete(path);
  return loads.last!.site;
}

/** Where drawings are kept between builds (inside the project, like Astro's own cache). */
export const chartCacheFolder = ".astro/chart-cache";
let chartCacheSet = false;

/**
 * Keeps this project's drawings in .astro/chart-cache/ (unless CHART_CACHE=off):
 * a chart is drawn again only when its inputs or code change. The check, the
 * build and the dev server all use it, so what one drew the next reads.
 */
export function useProjectChartCache(root = projectRoot()): void {
  if (chartCacheSet) return;
  useChartCache(process.env.CHART_CACHE === "off" ? undefined : join(root, chartCacheFolder));
  chartCacheSet = true;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify(p);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The site, for pages: throws the content's problems (all of them, formatted)
 * rather than render a page with a hole in it. A build has checked already; the
 * dev server shows the message in its error overlay.
 */
export function loadCheckedSite(): Site {
  useProjectChartCache();
  const site = loadSite();
  if (site.problems.length) throw new ContentError(site.problems);
  return site;
}

/** A chart of a checked site, by id (pages list only ids the site has). */
export function chartOf(site: Site, id: string): ChartModel {
  const chart = site.charts.get(id);
  if (!chart) throw new Error(`no chart "${id}": pages must list the ids of site.charts`);
  return chart;
}

/** The first story that places a chart, for the link back from its embed page. */
export function storyWithChart(site: Site, chartId: string): Story | undefined {
  let placing = placings.get(site);
  if (!placing) {
    // Every chart's first story, found in one pass (not one pass per embed page).
    placing = new Map();
    for (const story of site.stories) for (const chart of story.charts) if (!placing.has(chart)) placing.set(chart, story);
    placings.set(site, placing);
  }
  return placing.get(chartId);
}
const placings = new WeakMap<Site, Map<string, Story>>();
