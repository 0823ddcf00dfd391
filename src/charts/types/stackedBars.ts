import * as Plot from "@observablehq/plot";
import {groups, max} from "d3";
import {z} from "zod";
import type {DatasetRow} from "../../data/dataset.ts";
import {formatValue} from "../../format/formatNumber.ts";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, datasetCitations, datasetName, datasetTable} from "../datasetChart.ts";
import {fontSize} from "../labelledBars.ts";
import {partColours} from "../palette.ts";
import {wholeShares} from "../wholeShares.ts";
import {wrapText} from "../wrapText.ts";

const lineHeight = 16;
const barHeight = 24;
const swatch = 12;

/**
 * Parts of a whole: one horizontal bar (or one per category in `y`) split
 * into its parts, each part a colour named in words in the key beneath, with
 * its value and its share of the whole. No part depends on colour alone.
 */
export const stackedBars = chartType({
  name: "stacked-bars",
  summary: "parts of a whole, one bar or several, each part named in a key with its value and share",
  fields: {
    data: z.string().min(1),
    x: z.string().min(1),
    series: z.string().min(1),
    y: z.string().min(1).optional(),
  },
  help: {
    data: 'the name of a table in data/datasets/, e.g. "bus-tickets"',
    x: "the column of values: the size of each part",
    series: "the column that names each part, e.g. ticket",
    y: "optional: the column that names each bar, for several bars (e.g. year)",
  },
  needs: ({data}) => ({datasets: [datasetName(data)], field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["number"]}, series: {column: fields.series, kinds: ["text", "date"]}, y: {column: fields.y, kinds: ["text", "date"]}});
    if (problems.length) return problems;
    const parts = new Set(dataset.rows.map((row) => row.cells[fields.series]));
    const negative = dataset.rows.find((row) => row.values[fields.x]! < 0);
    return [
      ...(parts.size > partColours.length ? [{field: "series", message: `the bars have ${parts.size} parts, more than the ${partColours.length} colours that stay apart`, fix: `group the smallest parts into one row in ${dataset.file}, or chart them as bars`}] : []),
      ...(negative ? [{field: "x", message: `line ${negative.line} of ${dataset.file} has a negative ${fields.x}, which cannot be a part of a whole`, fix: "chart changes with bars or a line; stacked bars show parts that add up"}] : []),
    ];
  },
  build(data, spec) {
    const {x, series, y} = spec.fields;
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const unit = dataset.columns.find((c) => c.name === x)!.unit!;
    const parts = [...new Set(dataset.rows.map((row) => row.cells[series]!))];
    const colour = (part: string) => partColours[parts.indexOf(part)]!;
    const bars = groups(dataset.rows, (row) => (y ? row.cells[y]! : "")).map(([name, rows]) => {
      const total = rows.reduce((sum, row) => sum + row.values[x]!, 0);
      // The total is printed at the finest precision and the scale its parts are stated in.
      const printed = rows.map((row) => row.printed[x]!).reduce((a, b) => ({decimals: Math.max(a.decimals, b.decimals), scale: Math.min(a.scale, b.scale)}));
      return {name, rows, total, totalText: formatValue(total, unit, printed, data.settings)};
    });
    // Each bar's shares are whole percentages that add up to 100.
    const shares = new Map(bars.flatMap((bar) => {
      const whole = wholeShares(bar.rows.map((row) => row.values[x]!));
      return bar.rows.map((row, index) => [row, whole[index]!] as const);
    }));
    const share = (row: DatasetRow) => formatValue(shares.get(row)!, {kind: "percent"}, {decimals: 0, scale: 0}, data.settings);
    const words = chartWords(data, spec);
    const single = bars.length === 1 ? bars[0]! : undefined;
    const partText = (row: DatasetRow) => `${row.cells[series]}: ${cellText(data, dataset, row, x)} (${share(row)})`;
    return {
      id: spec.id,
      ...words,
      panels: [{plot: (width) => plot(width)}],
      description: `Stacked bar chart of ${x} by ${series}${y ? `, one bar for each ${y}` : ""}. ${bars.map((bar) => `${bar.name ? `${bar.name}: ` : ""}${bar.rows.map((row) => partText(row)).join(", ")}; total ${bar.totalText}.`).join(" ")}`,
      table: datasetTable(data, dataset, dataset.rows, [...(y ? [y] : []), series, x]),
      citations: datasetCitations(dataset.rows),
    };

    function plot(width: number): Plot.PlotOptions {
      const top = max(bars, (bar) => bar.total) ?? 0;
      const segments: {x1: number; x2: number; y1: number; y2: number; fill: string}[] = [];
      const labels: {text: string; y: number; x: number}[] = [];
      const swatches: {x: number; y: number; fill: string}[] = [];
      let cursor = 0;
      const pxPerValue = (width - 2) / top;
      for (const bar of bars) {
        if (bar.name) {
          labels.push({text: `${bar.name}: ${bar.totalText}`, y: cursor, x: 0});
          cursor += lineHeight + 4;
        }
        let start = 0;
        for (const row of bar.rows) {
          const value = row.values[x]!;
          segments.push({x1: start * pxPerValue, x2: (start + value) * pxPerValue, y1: cursor, y2: cursor + barHeight, fill: colour(row.cells[series]!)});
          start += value;
        }
        cursor += barHeight + 10;
        // The key: under a single bar, each part with its value and share; under several, each part's name once, after the last.
        if (single || bar === bars.at(-1)) {
          for (const part of parts) {
            const row = single?.rows.find((r) => r.cells[series] === part);
            const text = row ? partText(row) : part;
            const lines = wrapText(text, width - swatch - 8, fontSize);
            swatches.push({x: 0, y: cursor + 2, fill: colour(part)});
            labels.push({text: lines.join("\n"), y: cursor, x: swatch + 6});
            cursor += lines.length * lineHeight + 6;
          }
        }
        cursor += 8;
      }
      const height = Math.ceil(cursor);
      return {
        width,
        height,
        margin: 0,
        style: {fontSize: `${fontSize}px`},
        x: {type: "identity", axis: null},
        y: {type: "identity", axis: null},
        marks: [
          // A thin gap between parts, so neighbouring colours never merge.
          Plot.rect(segments, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "fill", insetRight: 1}),
          Plot.rect(swatches, {x1: "x", x2: (d) => d.x + swatch, y1: "y", y2: (d) => d.y + swatch, fill: "fill"}),
          Plot.text(labels, {x: "x", y: "y", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize}),
        ],
      };
    }
  },
});
