import * as Plot from "@observablehq/plot";
import {extent, groups, scaleLinear} from "d3";
import {z} from "zod";
import {axisFormat} from "../../format/formatNumber.ts";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, dataHelp, datasetCitations, datasetName, datasetTable, unknownHighlights} from "../datasetChart.ts";
import {fontSize, labelWidth} from "../labelledBars.ts";
import {palette, partColours} from "../palette.ts";
import {sortField, sortHelp, sortRows} from "../sortRows.ts";
import {wrapText} from "../wrapText.ts";

const lineHeight = 16;
const radius = 5;
/** How a tick label at `x` is anchored: inwards within 40 px of an edge, centred elsewhere. */
const edgeAnchor = (x: number, width: number) => (x < 40 ? "start" : x > width - 40 ? "end" : "middle");

/**
 * Before and after (or any few states) per category: a row per category with
 * a dot for each state on one value axis, joined by a line, and the values in
 * words above it ("Buses: 30.1 million in 2015, 35.8 million in 2024"), so the
 * change reads without decoding colours.
 */
export const dots = chartType({
  name: "dots",
  summary: "before and after: a dot per state on one line per category, values in words",
  fields: {
    data: z.string().min(1),
    x: z.string().min(1),
    y: z.string().min(1),
    series: z.string().min(1),
    highlight: z.array(z.string().min(1)).default([]),
    sort: sortField,
    zero: z.boolean().default(true),
  },
  help: {
    data: dataHelp,
    x: "the column of values: where each dot sits",
    y: "the column that names each row, e.g. mode",
    series: "the column that names each state, e.g. year (two values for before and after)",
    highlight: "optional: rows (values of y) to draw in the accent colour",
    sort: `${sortHelp}; rows are sorted by their last state`,
    zero: "false to let the value axis start near the lowest value instead of at zero",
  },
  needs: ({data}) => ({datasets: [datasetName(data)], field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["number"]}, y: {column: fields.y, kinds: ["text", "date", "number"]}, series: {column: fields.series, kinds: ["text", "date", "number"]}});
    if (problems.length) return problems;
    const states = [...new Set(dataset.rows.map((row) => row.cells[fields.series]!))];
    const categories = [...new Set(dataset.rows.map((row) => row.cells[fields.y]!))];
    return [
      ...(states.length > partColours.length ? [{field: "series", message: `the rows have ${states.length} states, more than the ${partColours.length} colours that stay apart`, fix: "chart two to six states (before and after); for a series over time use a line"}] : []),
      ...unknownHighlights(fields.highlight, categories, fields.y),
    ];
  },
  build(data, spec) {
    const {x, y, series, highlight, sort, zero} = spec.fields;
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const unit = dataset.columns.find((c) => c.name === x)!.unit!;
    const rows = dataset.rows.filter((row) => row.values[x] !== undefined);
    const states = [...new Set(rows.map((row) => row.cells[series]!))];
    const lines = sortRows(groups(rows, (row) => row.cells[y]!).map(([name, members]) => ({name, members})), sort, (line) => line.members.at(-1)!.values[x]!);
    // The last state (the "after") carries the accent.
    const stateColour = (index: number) => partColours[states.length - 1 - index]!;
    const words = (line: (typeof lines)[number]) => `${line.name}: ${line.members.map((row) => `${cellText(data, dataset, row, x)} in ${row.cells[series]}`).join(", ")}`;
    return {
      id: spec.id,
      ...chartWords(data, spec),
      panels: [{plot: (width) => plot(width)}],
      description: `Dot chart of ${x} for each ${y}, one dot for each ${series} (${states.join(", ")}). ${lines.map((line) => `${words(line)}.`).join(" ")}`,
      table: datasetTable(data, dataset, lines.flatMap((line) => line.members), [y, series, x]),
      citations: datasetCitations(rows),
    };

    function plot(width: number): Plot.PlotOptions {
      const [low = 0, high = 0] = extent(rows, (row) => row.values[x]!);
      const scale = scaleLinear().domain([zero ? Math.min(0, low) : low, high]).nice();
      const px = scaleLinear().domain(scale.domain()).range([radius + 1, width - radius - 1]);
      const texts: {x: number; y: number; text: string; bold: boolean}[] = [];
      const joins: {x1: number; x2: number; y: number; accent: boolean}[] = [];
      const points: {x: number; y: number; fill: string}[] = [];
      // A key of the states, each a dot and its name, wrapped to the width.
      let cursor = 3;
      let keyX = 0;
      for (const [index, state] of states.entries()) {
        const room = 2 * radius + 6 + labelWidth(state) + 14;
        if (keyX && keyX + room > width) (keyX = 0), (cursor += lineHeight);
        points.push({x: keyX + radius, y: cursor + lineHeight / 2 - 1, fill: stateColour(index)});
        texts.push({x: keyX + 2 * radius + 6, y: cursor, text: state, bold: false});
        keyX += room;
      }
      cursor += lineHeight + 10;
      for (const line of lines) {
        const accent = highlight.includes(line.name);
        const wrapped = wrapText(words(line), width - 4, fontSize);
        texts.push({x: 0, y: cursor, text: wrapped.join("\n"), bold: accent});
        cursor += wrapped.length * lineHeight + radius + 4;
        const xs = line.members.map((row) => px(row.values[x]!));
        joins.push({x1: Math.min(...xs), x2: Math.max(...xs), y: cursor, accent});
        line.members.forEach((row) => points.push({x: px(row.values[x]!), y: cursor, fill: stateColour(states.indexOf(row.cells[series]!))}));
        cursor += radius + 14;
      }
      const ticks = scale.ticks(width < 500 ? 3 : 5);
      const format = axisFormat(unit, ticks, data.settings);
      const axisTop = cursor;
      return {
        width,
        height: Math.ceil(axisTop + lineHeight + 6),
        margin: 0,
        style: {fontSize: `${fontSize}px`},
        x: {type: "identity", axis: null},
        y: {type: "identity", axis: null},
        marks: [
          Plot.ruleX(ticks.flatMap((t) => [...joins.map((j) => ({x: px(t), y1: j.y - radius - 3, y2: j.y + radius + 3})), {x: px(t), y1: axisTop - 6, y2: axisTop}]), {x: "x", y1: "y1", y2: "y2", stroke: palette.track, ariaHidden: "true"}),
          // Tick labels near an edge read inwards from it, so none leaves the SVG whatever the glyphs' widths.
          ...(["start", "middle", "end"] as const).map((anchor) => Plot.text(ticks.filter((t) => edgeAnchor(px(t), width) === anchor), {x: (t) => px(t), y: axisTop + 4, text: (t) => format(t), textAnchor: anchor, lineAnchor: "top", fill: "currentColor"})),
          Plot.ruleY(joins, {x1: "x1", x2: "x2", y: "y", stroke: (d) => (d.accent ? palette.accent : palette.base), strokeWidth: 2}),
          Plot.dot(points, {x: "x", y: "y", r: radius, fill: "fill"}),
          ...[true, false].map((bold) => Plot.text(texts.filter((t) => t.bold === bold), {x: "x", y: "y", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize, fontWeight: bold ? "bold" : "normal"})),
        ],
      };
    }
  },
});

