import type {ChartModel} from "../charts/chart.ts";
import {plotToSvg} from "./plotToSvg.ts";

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

/** Draws every panel of a chart in each layout, as SVG strings. */
export function renderChart(spec: ChartModel, scope = ""): RenderedPanel[] {
  const ids = chartIds(spec.id, scope);
  return spec.panels.map((panel, index) => {
    const label = panel.heading ? `${spec.title}: ${panel.heading}` : spec.title;
    const draw = (layout: keyof typeof layouts) =>
      plotToSvg(panel.plot(layouts[layout]), {idPrefix: `${ids.figure}-${index}-${layout}`, label, describedBy: ids.description});
    return {...(panel.heading && {heading: panel.heading}), narrow: draw("narrow"), wide: draw("wide")};
  });
}
