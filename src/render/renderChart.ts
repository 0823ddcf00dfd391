import type {ChartModel} from "../charts/chart.ts";
import {ChartCache, renderKey} from "./chartCache.ts";
import {plotToSvg} from "./plotToSvg.ts";
import {processShared} from "../lib/processShared.ts";

/** Widths, in px, of the two layouts every chart is drawn in; CSS shows the one that fits. */
export const layouts = {narrow: 340, wide: 680} as const;

export interface RenderedPanel {
  heading?: string;
  narrow: string;
  wide: string;
}

/** Element ids a chart's figure uses, derived from the chart id and where it is shown. */
export function chartIds(chartId: string, scope = "") {
  const base = `chart-${scope ? `${scope}-` : ""}${chartId}`;
  return {figure: base, title: `${base}-title`, description: `${base}-desc`, table: `${base}-data`};
}

let cache: ChartCache | undefined;
// One cache per folder in a process: the build's check and its pages (two copies of this module) share what each drew.
const caches = processShared("chartCaches", () => new Map<string, ChartCache>());
/** Keeps drawings in `folder` (or stops keeping them): set once per site, by the site's loader. */
export function useChartCache(folder: string | undefined): ChartCache | undefined {
  if (folder && !caches.has(folder)) caches.set(folder, new ChartCache(folder));
  cache = folder ? caches.get(folder) : undefined;
  return cache;
}

// The charts this process drew rather than read from the render cache: a build names them, so an editor sees
// that a correction drew again only the charts that show it.
const drawnCharts = processShared("drawnCharts", () => new Set<string>());
/** The ids of the charts drawn (not read from the render cache) by this process so far. */
export const chartsDrawn = (): ReadonlySet<string> => drawnCharts;

/** The cache in use, if any: downloads keep their files in it too. */
export const activeChartCache = () => cache;

/**
 * Draws every panel of a chart in each layout, as SVG strings. With a cache in
 * use, a chart whose inputs, code and layout are unchanged is read, not drawn.
 */
export function renderChart(spec: ChartModel, scope = ""): RenderedPanel[] {
  if (!cache || !spec.inputKey) return draw(spec, scope);
  return cache.through(renderKey(spec.inputKey, scope, layouts), () => draw(spec, scope));
}

function draw(spec: ChartModel, scope: string): RenderedPanel[] {
  drawnCharts.add(spec.id);
  const ids = chartIds(spec.id, scope);
  return spec.panels.map((panel, index) => {
    const label = panel.heading ? `${spec.title}: ${panel.heading}` : spec.title;
    const draw = (layout: keyof typeof layouts) =>
      plotToSvg(panel.plot(layouts[layout]), {idPrefix: `${ids.figure}-${index}-${layout}`, label, describedBy: ids.description});
    return {...(panel.heading && {heading: panel.heading}), narrow: draw("narrow"), wide: draw("wide")};
  });
}
