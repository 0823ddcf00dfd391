import type {ChartModel} from "../charts/chart.ts";
import type {RenderedPanel} from "../render/renderChart.ts";

/**
 * About how tall, in CSS px, a chart's embed page is at a typical article width:
 * the starting height of an embed before its script reports the real one, and
 * the height oEmbed announces.
 */
export function estimateHeight(spec: ChartModel, panels: readonly RenderedPanel[], width = 640): number {
  const scale = width / 680;
  const svgs = panels.reduce((sum, panel) => sum + Number(/ height="([\d.]+)"/.exec(panel.wide)?.[1] ?? 0) * scale + (panel.heading ? 32 : 0) + 20, 0);
  const text = 130 + spec.notes.length * 48 + 90;
  return Math.round(svgs + text);
}
