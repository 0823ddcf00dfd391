import * as Plot from "@observablehq/plot";
import {extent, groups, max, scaleLinear} from "d3";
import {z} from "zod";
import type {DatasetRow} from "../../data/dataset.ts";
import {axisFormat} from "../../format/formatNumber.ts";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, dataHelp, datasetCitations, datasetName, datasetTable, unknownHighlights} from "../datasetChart.ts";
import {annotationsOf, checkGuides, describeGuides, guideBand, guideFields, guideHelp, referenceFigures, referenceLines} from "../guides.ts";
import {fontSize} from "../labelledBars.ts";
import {palette} from "../palette.ts";
import {xPosition, timeTicks} from "../timeScale.ts";

const lineHeight = 15;

/**
 * One line per series over time (or any ordered x), each labelled at its end
 * with its name and last value, so no legend is needed. The value axis starts
 * at zero unless the spec says `"zero": false`.
 */
export const line = chartType({
  name: "line",
  summary: "one or several series over time, labelled at the line ends",
  fields: {
    data: z.string().min(1),
    x: z.string().min(1),
    y: z.string().min(1),
    series: z.string().min(1).optional(),
    highlight: z.array(z.string().min(1)).default([]),
    zero: z.boolean().default(true),
    ...guideFields,
  },
  help: {
    data: dataHelp,
    x: "the column along the bottom: years or dates (or numbers)",
    y: "the column of values the lines show",
    series: "optional: the column that names each line, e.g. mode",
    highlight: "optional: a list of series to draw in the accent colour (the others grey)",
    zero: "false to let the value axis start near the lowest value instead of at zero",
    ...guideHelp,
  },
  needs: (fields) => ({datasets: [datasetName(fields.data)], figures: referenceFigures(fields), field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["date", "number"]}, y: {column: fields.y, kinds: ["number"]}, series: {column: fields.series, kinds: ["text", "date"]}});
    if (problems.length) return problems;
    const names = new Set(dataset.rows.map((row) => (fields.series ? row.cells[fields.series]! : "")));
    const xs = [...new Set(dataset.rows.map((row) => row.cells[fields.x]!))];
    return [
      ...unknownHighlights(fields.highlight, [...names], fields.series ?? "series", {series: true}),
      ...checkGuides(data, fields, {xs, ...(fields.series && {series: [...names]}), unit: dataset.columns.find((c) => c.name === fields.y)!.unit!}),
    ];
  },
  build(data, spec) {
    const {x, y, series, highlight, zero} = spec.fields;
    const annotations = annotationsOf(data, spec.fields);
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const unit = dataset.columns.find((c) => c.name === y)!.unit!;
    const xKind = dataset.columns.find((c) => c.name === x)!.type;
    const rows = [...dataset.rows].sort((a, b) => xPosition(a.cells[x]!, xKind) - xPosition(b.cells[x]!, xKind));
    const lines = groups(rows, (row) => (series ? row.cells[series]! : spec.title)).map(([name, points]) => ({name, points}));
    const references = referenceLines(data, spec.fields, unit);
    const accent = (name: string, index: number) => (highlight.length ? highlight.includes(name) : index === 0);
    const words = chartWords(data, spec);
    const text = (row: DatasetRow) => cellText(data, dataset, row, y);
    const describe = ({name, points}: (typeof lines)[number]) => {
      const first = points[0]!;
      const last = points.at(-1)!;
      const top = points.reduce((a, b) => (b.values[y]! > a.values[y]! ? b : a));
      const peak = top !== first && top !== last ? `, highest ${text(top)} in ${top.cells[x]}` : "";
      return `${series ? `${name}: ` : ""}${text(first)} in ${first.cells[x]}, ${text(last)} in ${last.cells[x]}${peak}.`;
    };
    return {
      id: spec.id,
      ...words,
      panels: [{plot: (width) => plot(lines, width)}],
      description: `Line chart of ${y} by ${x}, ${rows[0]!.cells[x]} to ${rows.at(-1)!.cells[x]}${series ? `, one line for each ${series}` : ""}. ${lines.map(describe).join(" ")}${references.length || annotations.length ? ` ${describeGuides(references, annotations)}` : ""}`,
      table: datasetTable(data, dataset, rows, [x, ...(series ? [series] : []), y]),
      citations: datasetCitations(rows),
    };

    function plot(drawn: typeof lines, width: number): Plot.PlotOptions {
      const narrow = width < 500;
      const plotHeight = narrow ? 240 : 320;
      const points = drawn.flatMap(({name, points: rowsOf}, index) => rowsOf.map((row) => ({name, x: xPosition(row.cells[x]!, xKind), y: row.values[y]!, accent: accent(name, index)})));
      const [low = 0, high = 0] = extent(points, (p) => p.y);
      const values = [low, high, ...references.map((r) => r.value)];
      const yScale = scaleLinear().domain([zero ? Math.min(0, ...values) : Math.min(...values), Math.max(...values)]).nice();
      // End labels: name and last value, two lines on a phone, nudged apart so none collide.
      const ends = drawn.map(({name, points: rowsOf}, index) => {
        const last = rowsOf.at(-1)!;
        return {name, x: xPosition(last.cells[x]!, xKind), y: last.values[y]!, label: series ? (narrow ? `${name}\n${text(last)}` : `${name} ${text(last)}`) : text(last), accent: accent(name, index)};
      });
      const labelLines = narrow && series ? 2 : 1;
      const marginBottom = 28;
      const [x0 = 0, x1 = 0] = extent(points, (p) => p.x);
      const longest = max(ends.flatMap((end) => end.label.split("\n")), (line) => line.length) ?? 0;
      const marginRight = Math.ceil(longest * fontSize * 0.6) + 14;
      // Value labels sit on their gridlines at the left, inside the chart (no axis margin to guess);
      // the margin holds half a year label, centred under the first tick.
      const marginLeft = Math.ceil(2 * fontSize * 0.62) + 4;
      const xPx = (value: number) => marginLeft + (x1 === x0 ? 0 : ((value - x0) / (x1 - x0)) * (width - marginLeft - marginRight));
      const noted = annotations.map((note) => {
        const name = note.series ?? drawn.find((line, index) => accent(line.name, index))?.name ?? drawn[0]!.name;
        const row = drawn.find((line) => line.name === name)!.points.find((p) => p.cells[x] === note.x);
        return {px: xPx(xPosition(note.x, xKind)), value: row?.values[y] ?? high, text: note.text};
      });
      const band = guideBand(width, references, noted);
      // Room above the top gridline for its label, under the guides.
      const marginTop = band.height + fontSize + 8;
      const height = plotHeight + band.height;
      const pixel = scaleLinear().domain(yScale.domain()).range([height - marginBottom, marginTop]);
      // No label reaches below the baseline, where the year labels are: the lowest sits just above it.
      const lowest = height - marginBottom - (labelLines * lineHeight) / 2;
      const placed = [...ends].sort((a, b) => pixel(b.y) - pixel(a.y)).map((end) => ({...end, py: Math.min(pixel(end.y), lowest)}));
      const gap = labelLines * lineHeight;
      for (let i = 1; i < placed.length; i++) placed[i]!.py = Math.min(placed[i]!.py, placed[i - 1]!.py - gap);
      const overflow = marginTop + gap / 2 - (placed.at(-1)?.py ?? marginTop + gap);
      if (overflow > 0) for (const end of placed) end.py += overflow;
      const ticks = yScale.ticks(4);
      const format = axisFormat(unit, ticks, data.settings);
      const toX = (px: number) => x0 + ((px - marginLeft) / (width - marginLeft - marginRight)) * (x1 - x0);
      return {
        width,
        height,
        marginTop,
        marginBottom,
        marginLeft,
        marginRight,
        style: {fontSize: `${fontSize}px`},
        x: {type: xKind === "date" ? "utc" : "linear", domain: [x0, x1]},
        y: {domain: yScale.domain(), nice: false, axis: null},
        marks: [
          Plot.gridY(ticks, {stroke: palette.track, strokeOpacity: 1, ariaHidden: "true"}),
          zero ? Plot.ruleY([0], {stroke: palette.base}) : null,
          Plot.text(ticks, {x: x0, y: (t) => t, text: (t) => format(t), textAnchor: "start", lineAnchor: "bottom", dy: -3, fill: "currentColor"}),
          Plot.axisX(timeTicks([x0, x1], width - marginLeft - marginRight, xKind), {tickFormat: xKind === "date" ? (d: Date) => String(d.getUTCFullYear()) : undefined, label: null, tickSize: 4, fontSize}),
          Plot.line(points, {x: "x", y: "y", z: "name", stroke: (p) => (p.accent ? palette.accent : palette.base), strokeWidth: 2.5, curve: "linear"}),
          Plot.dot(ends, {x: "x", y: "y", r: 3.5, fill: (p) => (p.accent ? palette.accent : palette.base)}),
          ...references.map((r) => Plot.ruleY([r.value], {stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5})),
          ...band.marks(noted.map((n) => pixel(n.value) - 3), toX, (py) => pixel.invert(py)),
          Plot.text(placed, {x: "x", y: (p) => pixel.invert(p.py), text: "label", textAnchor: "start", dx: 8, lineHeight: lineHeight / fontSize, fontWeight: "bold", fill: (p) => (p.accent ? palette.accent : "currentColor")}),
        ],
      };
    }
  },
});
