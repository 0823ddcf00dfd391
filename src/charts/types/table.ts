import * as Plot from "@observablehq/plot";
import {max, sum} from "d3";
import {z} from "zod";
import type {DatasetRow} from "../../data/dataset.ts";
import {chartType} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {cellText, checkColumns, columnLabel, dataHelp, datasetCitations, datasetName, datasetTable} from "../datasetChart.ts";
import {fontSize, labelWidth} from "../labelledBars.ts";
import {palette} from "../palette.ts";
import {sortField, sortHelp, sortRows} from "../sortRows.ts";
import {wrapText} from "../wrapText.ts";

const lineHeight = 16;
const gap = 14;

/**
 * A table as a picture: the columns a spec names, numbers right-aligned in the
 * site's format, the highlighted rows in bold. Where the columns do not fit
 * side by side (a phone), each row becomes a block: its first cell, then each
 * other column by name. The page also carries it as a real HTML table.
 */
export const table = chartType({
  name: "table",
  summary: "a small table of a dataset's rows, numbers formatted, sortable, some rows in bold",
  fields: {
    data: z.string().min(1),
    columns: z.array(z.string().min(1)).min(1).optional(),
    sort: sortField,
    sortBy: z.string().min(1).optional(),
    highlight: z.array(z.string().min(1)).default([]),
    limit: z.number().int().min(1).max(100).default(30),
  },
  help: {
    data: dataHelp,
    columns: "optional: the columns to show, in order (all but source and quote when left out)",
    sort: sortHelp,
    sortBy: "optional: the number column to sort by (the first number column when left out)",
    highlight: "optional: values of the first shown column whose rows are set in bold",
    limit: "optional: how many rows the picture shows, up to 100 (30 by default); the data table and CSV have them all",
  },
  needs: ({data}) => ({datasets: [datasetName(data)], field: "data"}),
  validate(data, fields) {
    const dataset = data.datasets.get(datasetName(fields.data))!;
    const shown = fields.columns ?? dataset.columns.map((c) => c.name);
    const problems = [
      ...shown.flatMap((column, index) => checkColumns(dataset, {columns: {column, kinds: ["number", "date", "text"]}}).map((p) => ({...p, field: ["columns", index]}))),
      ...checkColumns(dataset, {sortBy: {column: fields.sortBy, kinds: ["number"]}}),
    ];
    if (problems.length) return problems;
    if (fields.sort !== "none" && !fields.sortBy && !dataset.columns.some((c) => c.type === "number")) return [{field: "sort", message: `${dataset.file} has no number column to sort by`, fix: 'remove "sort"'}];
    const first = dataset.rows.map((row) => row.cells[shown[0]!]!);
    return fields.highlight.filter((value) => !first.includes(value)).map((value) => ({field: "highlight", message: `highlight names "${value}", which is not in the ${shown[0]} column`, fix: `use values of ${shown[0]}: ${first.slice(0, 12).join(", ")}${first.length > 12 ? ", …" : ""}`}));
  },
  build(data, spec) {
    const {sort, highlight, limit} = spec.fields;
    const dataset = data.datasets.get(datasetName(spec.fields.data))!;
    const shown = spec.fields.columns ?? dataset.columns.map((c) => c.name);
    const sortBy = spec.fields.sortBy ?? dataset.columns.find((c) => c.type === "number")?.name;
    const ordered = sortBy ? sortRows(dataset.rows, sort, (row) => row.values[sortBy] ?? -Infinity) : [...dataset.rows];
    const rows = ordered.slice(0, limit);
    const numeric = (column: string) => dataset.columns.find((c) => c.name === column)!.type === "number";
    const heading = (column: string) => columnLabel(dataset, column);
    const cell = (row: DatasetRow, column: string) => (row.cells[column] === "" ? "–" : cellText(data, dataset, row, column));
    const more = ordered.length > rows.length ? ` The first ${rows.length} of ${ordered.length} rows are shown; the data table has them all.` : "";
    return {
      id: spec.id,
      ...chartWords(data, spec),
      panels: [{plot: (width) => plot(width)}],
      description: `Table of ${ordered.length} rows with the columns ${shown.join(", ")}${sort !== "none" && sortBy ? `, sorted by ${sortBy}, ${sort}` : ""}.${more} ${rows.slice(0, 5).map((row) => `${shown.map((column) => cell(row, column)).join(", ")}.`).join(" ")}`,
      table: datasetTable(data, dataset, ordered, shown),
      citations: datasetCitations(ordered),
    };

    function plot(width: number): Plot.PlotOptions {
      const widths = shown.map((column) => Math.max(labelWidth(heading(column)), max(rows, (row) => labelWidth(cell(row, column))) ?? 0));
      const natural = sum(widths) + gap * (shown.length - 1);
      // Columns at their natural widths, spare room shared between them (up to 48 px a gap); when they do not fit, the first column wraps.
      const spread = shown.length > 1 ? Math.min(48, gap + Math.max(0, width - natural) / (shown.length - 1)) : gap;
      const firstRoom = natural <= width ? widths[0]! : width - (sum(widths.slice(1)) + gap * (shown.length - 1));
      const side = firstRoom >= Math.min(widths[0]!, 90);
      const lefts = shown.map((_, index) => (index === 0 ? 0 : firstRoom + sum(widths.slice(1, index)) + spread * index));
      const texts: {x: number; y: number; text: string; anchor: "start" | "end"; bold: boolean}[] = [];
      const rules: number[] = [];
      let cursor = 3;
      if (side) {
        // Columns side by side: the first takes what the others leave, wrapped; the others right-aligned if numbers.
        const xOf = (index: number) => (index && numeric(shown[index]!) ? lefts[index]! + widths[index]! : lefts[index]!);
        shown.forEach((column, index) => texts.push({x: xOf(index), y: cursor, text: heading(column), anchor: index && numeric(column) ? "end" : "start", bold: true}));
        cursor += lineHeight + 6;
        rules.push(cursor - 3);
        for (const row of rows) {
          const bold = highlight.includes(row.cells[shown[0]!]!);
          const first = wrapText(cell(row, shown[0]!), Math.max(40, firstRoom), fontSize);
          shown.forEach((column, index) => texts.push({x: xOf(index), y: cursor, text: index ? cell(row, column) : first.join("\n"), anchor: index && numeric(column) ? "end" : "start", bold}));
          cursor += first.length * lineHeight + 8;
          rules.push(cursor - 4);
        }
      } else {
        // On a phone: a block per row, its first cell, then "Column: value" for the others.
        for (const row of rows) {
          const bold = highlight.includes(row.cells[shown[0]!]!);
          const lines = [...wrapText(cell(row, shown[0]!), width - 4, fontSize), ...shown.slice(1).flatMap((column) => wrapText(`${heading(column)}: ${cell(row, column)}`, width - 4, fontSize))];
          texts.push({x: 0, y: cursor, text: lines.join("\n"), anchor: "start", bold});
          cursor += lines.length * lineHeight + 8;
          rules.push(cursor - 4);
        }
      }
      return {
        width,
        height: Math.ceil(cursor),
        margin: 0,
        style: {fontSize: `${fontSize}px`},
        x: {type: "identity", axis: null},
        y: {type: "identity", axis: null},
        marks: [
          Plot.ruleY(rules, {y: (d) => d, x1: 0, x2: side ? Math.min(width, lefts.at(-1)! + widths.at(-1)!) : width, stroke: palette.track, ariaHidden: "true"}),
          ...(["start", "end"] as const).flatMap((anchor) => [true, false].map((bold) => Plot.text(texts.filter((t) => t.anchor === anchor && t.bold === bold), {x: "x", y: "y", text: "text", textAnchor: anchor, lineAnchor: "top", lineHeight: lineHeight / fontSize, fontWeight: bold ? "bold" : "normal", fill: "currentColor"}))),
        ],
      };
    }
  },
});
