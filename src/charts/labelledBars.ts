import * as Plot from "@observablehq/plot";
import {palette} from "./palette.ts";
import {textWidth, wrapText} from "./wrapText.ts";

export interface BarRow {
  label: string;
  value: number;
  /** High end of a range: drawn as a band from value to valueTo, not a midpoint. */
  valueTo?: number;
  /** The text printed at the end of the bar, e.g. "82%" or "between 30 and 50". */
  valueLabel: string;
  highlight?: boolean;
}

export const fontSize = 13;
/** Width in px of a line of chart text at the chart's font size (errs wide). */
export const labelWidth = (text: string) => textWidth(text, fontSize);
const lineHeight = 16;
const barHeight = 18;
const rowGap = 14;

/**
 * Horizontal bars, each with its label above it and its value at its end, so
 * nothing depends on a legend or an axis and labels never collide at any width.
 * With `track`, a pale bar shows the whole (100%) behind each share.
 */
export function labelledBars(rows: readonly BarRow[], width: number, {max, track = false}: {max: number; track?: boolean}): Plot.PlotOptions {
  const laidOut = [];
  // Room above the first label for its ascenders, so no glyph rises out of the SVG at any scale.
  let y = 3;
  for (const row of rows) {
    const lines = wrapText(row.label, width - 8, fontSize);
    const barTop = y + lines.length * lineHeight + 4;
    laidOut.push({...row, text: lines.join("\n"), labelY: y, barTop, barBottom: barTop + barHeight});
    y = barTop + barHeight + rowGap;
  }
  const height = y - rowGap + 2;
  // Room at the right for the longest value label, so bars and labels never overlap.
  const valueMargin = Math.ceil(Math.max(...rows.map((row) => row.valueLabel.length)) * fontSize * 0.62) + 10;
  const single = laidOut.filter((row) => row.valueTo === undefined);
  const ranges = laidOut.filter((row) => row.valueTo !== undefined);
  const fill = (row: BarRow) => (row.highlight ? palette.accent : palette.base);
  return {
    width,
    height,
    margin: 0,
    marginRight: valueMargin,
    style: {fontSize: `${fontSize}px`},
    x: {domain: [0, max], axis: null},
    y: {type: "identity", axis: null},
    marks: [
      // The track is decoration (the whole a share is part of), hidden from assistive technology and from the contrast rule.
      track ? Plot.rect(laidOut, {x1: 0, x2: max, y1: "barTop", y2: "barBottom", fill: palette.track, ariaHidden: "true"}) : null,
      Plot.rect(single, {x1: 0, x2: "value", y1: "barTop", y2: "barBottom", fill}),
      // A range floats from its low to its high value, with end caps taller than a bar, so it never reads as a bar from zero.
      Plot.rect(ranges, {x1: "value", x2: "valueTo", y1: (row) => row.barTop + 4, y2: (row) => row.barBottom - 4, fill}),
      Plot.ruleX(ranges.flatMap((row) => [row.value, row.valueTo!].map((x) => ({...row, x}))), {x: "x", y1: "barTop", y2: "barBottom", stroke: fill, strokeWidth: 3}),
      Plot.text(laidOut, {x: 0, y: "labelY", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize}),
      Plot.text(laidOut, {x: (row: BarRow) => row.valueTo ?? row.value, y: (row) => (row.barTop + row.barBottom) / 2, text: "valueLabel", textAnchor: "start", dx: 6, fontWeight: "bold"}),
    ],
  };
}
