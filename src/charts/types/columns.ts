import * as Plot from "@observablehq/plot";
import {max, scaleLinear} from "d3";
import {z} from "zod";
import type {DatasetRow} from "../../data/dataset.ts";
import {axisFormat} from "../../format/formatNumber.ts";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, dataHelp, datasetCitations, datasetName, datasetTable, unknownHighlights} from "../datasetChart.ts";
import {annotationsOf, checkGuides, describeGuides, guideBand, guideFields, guideHelp, referenceFigures, referenceLines} from "../guides.ts";
import {fontSize, labelWidth} from "../labelledBars.ts";
import {palette} from "../palette.ts";
import {sortField, sortHelp, sortRows} from "../sortRows.ts";
import {xPosition} from "../timeScale.ts";

const axisHeight = 24;

/**
 * One column per row, over time or by category, on a value axis from zero.
 * The highlighted columns and the last are labelled with their value; the
 * others are read from the axis, the table and the description.
 */
export const columns = chartType({
  name: "columns",
  summary: "one column per year or category, from zero, the last and highlighted ones labelled",
  fields: {
    data: z.string().min(1),
    x: z.string().min(1),
    y: z.string().min(1),
    highlight: z.array(z.union([z.string().min(1), z.number()]).transform(String)).default([]),
    sort: sortField,
    ...guideFields,
  },
  help: {
    data: dataHelp,
    x: "the column along the bottom: years, dates or categories",
    y: "the column of values: the height of each column",
    highlight: 'optional: x values to draw in the accent colour and label, e.g. ["2020"]',
    sort: sortHelp,
    ...guideHelp,
  },
  needs: (fields) => ({datasets: [datasetName(fields.data)], figures: referenceFigures(fields), field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const problems = checkColumns(dataset, {x: {column: fields.x, kinds: ["date", "number", "text"]}, y: {column: fields.y, kinds: ["number"]}});
    if (problems.length) return problems;
    const xs = dataset.rows.map((row) => row.cells[fields.x]!);
    const repeated = xs.find((x, index) => xs.indexOf(x) !== index);
    const negative = dataset.rows.find((row) => (row.values[fields.y] ?? 0) < 0);
    return [
      ...(repeated ? [{field: "x", message: `"${repeated}" appears in more than one row of the ${fields.x} column, and a columns chart draws one column per row`, fix: "chart several series with grouped-bars or line, or keep one row per value"}] : []),
      ...(negative ? [{field: "y", message: `line ${negative.line} of ${dataset.file} has a negative ${fields.y}`, fix: "columns grow up from zero; chart values below zero with a line"}] : []),
      ...(fields.sort !== "none" && dataset.columns.find((c) => c.name === fields.x)!.type !== "text" ? [{field: "sort", message: `sort reorders columns, but ${fields.x} is ordered (${dataset.columns.find((c) => c.name === fields.x)!.type})`, fix: 'remove "sort": time runs left to right'}] : []),
      ...unknownHighlights(fields.highlight, xs, fields.x),
      ...checkGuides(data, fields, {xs, unit: dataset.columns.find((c) => c.name === fields.y)!.unit!}),
    ];
  },
  build(data, spec) {
    const {x, y, highlight, sort} = spec.fields;
    const annotations = annotationsOf(data, spec.fields);
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const unit = dataset.columns.find((c) => c.name === y)!.unit!;
    const xKind = dataset.columns.find((c) => c.name === x)!.type;
    const present = dataset.rows.filter((row) => row.values[y] !== undefined);
    const ordered = xKind === "text" ? sortRows(present, sort, (row) => row.values[y]!) : [...present].sort((a, b) => xPosition(a.cells[x]!, xKind) - xPosition(b.cells[x]!, xKind));
    const references = referenceLines(data, spec.fields, unit);
    const text = (row: DatasetRow) => cellText(data, dataset, row, y);
    const top = ordered.reduce((a, b) => (b.values[y]! > a.values[y]! ? b : a));
    const low = ordered.reduce((a, b) => (b.values[y]! < a.values[y]! ? b : a));
    const list = ordered.length <= 12 ? ordered.map((row) => `${row.cells[x]}: ${text(row)}`).join("; ") : `${ordered[0]!.cells[x]}: ${text(ordered[0]!)}; ${ordered.at(-1)!.cells[x]}: ${text(ordered.at(-1)!)}`;
    return {
      id: spec.id,
      ...chartWords(data, spec),
      panels: [{plot: (width) => plot(width)}],
      description: [`Column chart of ${y} by ${x}, ${ordered.length} columns. ${list}. Highest: ${top.cells[x]}, ${text(top)}; lowest: ${low.cells[x]}, ${text(low)}.`, describeGuides(references, annotations)].filter(Boolean).join(" "),
      table: datasetTable(data, dataset, ordered, [x, y]),
      citations: datasetCitations(ordered),
    };

    function plot(width: number): Plot.PlotOptions {
      const narrow = width < 500;
      const scale = scaleLinear().domain([0, Math.max(max(ordered, (row) => row.values[y]!) ?? 0, max(references, (r) => r.value) ?? 0)]).nice();
      const ticks = scale.ticks(4);
      const format = axisFormat(unit, ticks, data.settings);
      const marginLeft = (max(ticks, (t) => labelWidth(format(t))) ?? 0) + 8;
      const step = (width - marginLeft) / ordered.length;
      const centre = (index: number) => marginLeft + step * (index + 0.5);
      const band = guideBand(width, references, annotations.map((note) => ({px: centre(ordered.findIndex((row) => row.cells[x] === note.x)), text: note.text})));
      const plotTop = band.height + fontSize + 8;
      const plotBottom = plotTop + (narrow ? 200 : 260);
      const py = scaleLinear().domain(scale.domain()).range([plotBottom, plotTop]);
      const gap = Math.min(Math.max(1, step * 0.2), 12);
      const bars = ordered.map((row, index) => ({x1: centre(index) - (step - gap) / 2, x2: centre(index) + (step - gap) / 2, y1: py(row.values[y]!), y2: py(0), accent: highlight.includes(row.cells[x]!)}));
      // Value labels: the last column's first, then highlighted ones, each kept only if it clears those placed.
      const labelled: {x: number; y: number; text: string; accent: boolean}[] = [];
      const wanted = [ordered.length - 1, ...ordered.flatMap((row, index) => (highlight.includes(row.cells[x]!) ? [index] : []))];
      for (const index of new Set(wanted)) {
        const label = text(ordered[index]!);
        const half = labelWidth(label) / 2;
        const at = Math.min(width - half, Math.max(half, centre(index)));
        if (labelled.some((l) => Math.abs(l.x - at) < (labelWidth(l.text) / 2 + half + 4))) continue;
        labelled.push({x: at, y: bars[index]!.y1 - 4, text: label, accent: bars[index]!.accent});
      }
      // Axis labels along the bottom: every k-th, counted back from the last, as many as fit side by side.
      const widest = max(ordered, (row) => labelWidth(row.cells[x]!)) ?? 0;
      const every = Math.max(1, Math.ceil((widest + 8) / step));
      const axis = ordered.flatMap((row, index) => ((ordered.length - 1 - index) % every === 0 ? [{x: Math.min(width - labelWidth(row.cells[x]!) / 2, Math.max(labelWidth(row.cells[x]!) / 2, centre(index))), text: row.cells[x]!}] : []));
      const pointYs = annotations.map((note) => {
        const index = ordered.findIndex((row) => row.cells[x] === note.x);
        const label = labelled.find((l) => Math.abs(l.x - centre(index)) < step);
        return label ? label.y - fontSize : bars[index]!.y1;
      });
      return {
        width,
        height: plotBottom + axisHeight,
        margin: 0,
        style: {fontSize: `${fontSize}px`},
        x: {type: "identity", axis: null},
        y: {type: "identity", axis: null},
        marks: [
          Plot.ruleY(ticks.filter((t) => t > 0), {y: (t) => py(t), x1: marginLeft, x2: width, stroke: palette.track, ariaHidden: "true"}),
          Plot.text(ticks, {x: marginLeft - 6, y: (t) => py(t), text: (t) => format(t), textAnchor: "end", fill: "currentColor"}),
          Plot.rect(bars, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: (d) => (d.accent ? palette.accent : palette.base)}),
          Plot.ruleY([0], {y: py(0), x1: marginLeft, x2: width, stroke: "currentColor"}),
          ...references.map((r) => Plot.ruleY([r], {y: py(r.value), x1: marginLeft, x2: width, stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5})),
          Plot.text(labelled, {x: "x", y: "y", text: "text", lineAnchor: "bottom", fontWeight: "bold", fill: (d) => (d.accent ? palette.accent : "currentColor")}),
          Plot.text(axis, {x: "x", y: plotBottom + 6, text: "text", lineAnchor: "top", fill: "currentColor"}),
          ...band.marks(pointYs),
        ],
      };
    }
  },
});


