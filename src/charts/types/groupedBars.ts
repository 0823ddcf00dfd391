import * as Plot from "@observablehq/plot";
import {groups, max} from "d3";
import {z} from "zod";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, dataHelp, datasetCitations, datasetName, datasetTable, unknownHighlights} from "../datasetChart.ts";
import {fontSize, labelWidth} from "../labelledBars.ts";
import {palette, partColours} from "../palette.ts";
import {sortField, sortHelp, sortRows} from "../sortRows.ts";
import {wrapText} from "../wrapText.ts";

const lineHeight = 16;
const barHeight = 14;

/**
 * Categories side by side: one group per category (`y`), one bar per series
 * in it, all on one scale from zero. Every bar is labelled with its series and
 * value at its end, so no key or colour needs decoding.
 */
export const groupedBars = chartType({
  name: "grouped-bars",
  summary: "a group of bars per category, one bar per series, each labelled with its series and value",
  fields: {
    data: z.string().min(1),
    x: z.string().min(1),
    y: z.string().min(1),
    series: z.string().min(1),
    highlight: z.array(z.string().min(1)).default([]),
    sort: sortField,
  },
  help: {
    data: dataHelp,
    x: "the column of values: the length of each bar",
    y: "the column that names each group, e.g. mode",
    series: "the column that names each bar in a group, e.g. year",
    highlight: "optional: series to draw in the accent colour (the others grey)",
    sort: `${sortHelp}; groups are sorted by their largest bar`,
  },
  needs: ({data}) => ({datasets: [datasetName(data)], field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["number"]}, y: {column: fields.y, kinds: ["text", "date", "number"]}, series: {column: fields.series, kinds: ["text", "date", "number"]}});
    if (problems.length) return problems;
    const series = [...new Set(dataset.rows.map((row) => row.cells[fields.series]!))];
    const negative = dataset.rows.find((row) => (row.values[fields.x] ?? 0) < 0);
    return [
      ...(series.length > partColours.length ? [{field: "series", message: `the groups have ${series.length} series, more than the ${partColours.length} colours that stay apart`, fix: "chart fewer series, or use a line chart"}] : []),
      ...(negative ? [{field: "x", message: `line ${negative.line} of ${dataset.file} has a negative ${fields.x}`, fix: "bars grow from zero; chart changes below zero with a line"}] : []),
      ...unknownHighlights(fields.highlight, series, fields.series, {series: true}),
    ];
  },
  build(data, spec) {
    const {x, y, series, highlight, sort} = spec.fields;
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const rows = dataset.rows.filter((row) => row.values[x] !== undefined);
    const names = [...new Set(rows.map((row) => row.cells[series]!))];
    // The last series (the latest year, the "after") carries the accent; the others take the next colours back.
    const colour = (name: string) => (highlight.length ? (highlight.includes(name) ? palette.accent : palette.base) : partColours[names.length - 1 - names.indexOf(name)]!);
    const grouped = sortRows(groups(rows, (row) => row.cells[y]!).map(([name, members]) => ({name, members})), sort, (group) => max(group.members, (row) => row.values[x]!) ?? 0);
    const label = (row: (typeof rows)[number]) => `${row.cells[series]}: ${cellText(data, dataset, row, x)}`;
    return {
      id: spec.id,
      ...chartWords(data, spec),
      panels: [{plot: (width) => plot(width)}],
      description: `Grouped bar chart of ${x}, one group for each ${y} and one bar for each ${series}. ${grouped.map((group) => `${group.name}: ${group.members.map(label).join(", ")}.`).join(" ")}`,
      table: datasetTable(data, dataset, grouped.flatMap((group) => group.members), [y, series, x]),
      citations: datasetCitations(rows),
    };

    function plot(width: number): Plot.PlotOptions {
      const top = max(rows, (row) => row.values[x]!) ?? 0;
      const widest = (max(rows, (row) => labelWidth(label(row))) ?? 0) + 8;
      // Labels sit at the bars' ends while that leaves the bars half the width; on a phone, above each bar.
      const above = widest > width * 0.5;
      const marginRight = above ? 2 : widest;
      const length = (value: number) => (top ? (value / top) * Math.max(8, width - marginRight) : 0);
      const headings: {x: number; y: number; text: string}[] = [];
      const bars: {x2: number; y: number; fill: string; text: string; textX: number; textY: number}[] = [];
      let cursor = 3;
      for (const group of grouped) {
        const lines = wrapText(group.name, width - 8, fontSize);
        headings.push({x: 0, y: cursor, text: lines.join("\n")});
        cursor += lines.length * lineHeight + 4;
        for (const row of group.members) {
          const text = label(row);
          if (above) cursor += lineHeight;
          const x2 = length(row.values[x]!);
          bars.push({x2, y: cursor, fill: colour(row.cells[series]!), text, textX: above ? 0 : x2 + 6, textY: above ? cursor - lineHeight / 2 - 1 : cursor + barHeight / 2});
          cursor += barHeight + 4;
        }
        cursor += 12;
      }
      return {
        width,
        height: Math.ceil(cursor - 10),
        margin: 0,
        style: {fontSize: `${fontSize}px`},
        x: {type: "identity", axis: null},
        y: {type: "identity", axis: null},
        marks: [
          Plot.rect(bars, {x1: 0, x2: "x2", y1: "y", y2: (d) => d.y + barHeight, fill: "fill"}),
          Plot.ruleX([0], {y1: 0, y2: cursor - 10, stroke: "currentColor"}),
          Plot.text(headings, {x: "x", y: "y", text: "text", textAnchor: "start", lineAnchor: "top", fontWeight: "bold", lineHeight: lineHeight / fontSize}),
          Plot.text(bars, {x: "textX", y: "textY", text: "text", textAnchor: "start"}),
        ],
      };
    }
  },
});
