import * as Plot from "@observablehq/plot";
import {z} from "zod";
import {formatFigure} from "../../format/formatFigure.ts";
import {formatValue} from "../../format/formatNumber.ts";
import {chartType, figuresOf} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {fontSize} from "../labelledBars.ts";
import {palette} from "../palette.ts";

/**
 * A unit chart: one square per member of the whole ("1,809 officers"), the
 * part ("13 dismissed") in the accent colour and named in words above, so the
 * size of the gap is the picture and colour is never the only cue.
 */
export const waffle = chartType({
  name: "waffle",
  summary: "one square per unit of a whole, a part of it marked (“12 of 300”)",
  fields: {
    whole: z.string().min(1),
    part: z.string().min(1),
    partLabel: z.string().min(1),
    each: z.string().min(1).optional(),
    share: z.string().min(1).optional(),
  },
  help: {
    whole: "the id of the figure counting the whole, e.g. all officers with a complaint",
    part: "the id of the figure counting the part to mark, e.g. those dismissed",
    partLabel: 'what the marked squares are, in a word or two: "closed"',
    each: 'optional: what one square stands for, for the description: "officer with a complaint"',
    share: "optional: the id of a figure giving the part as a share (e.g. a row of data/derived.csv); otherwise it is computed",
  },
  needs: ({whole, part, share}) => ({figures: [whole, part, ...(share ? [share] : [])], field: "whole"}),
  validate(data, {whole, part}) {
    const [w, p] = [data.figures.get(whole)!, data.figures.get(part)!];
    if (!Number.isInteger(w.value) || w.value <= 0 || w.value > 20000) return [{field: "whole", message: `the whole, ${w.value}, is not a count of squares a page can draw (1 to 20,000)`, fix: "a waffle shows a count; for larger numbers use bars"}];
    if (!Number.isInteger(p.value) || p.value < 0 || p.value > w.value) return [{field: "part", message: `the part, ${p.value}, is not a count within the whole (${w.value})`, fix: "the part is a count of some of the whole's units"}];
    return [];
  },
  build(data, spec) {
    const {whole, part, partLabel, each, share} = spec.fields;
    const ids = [whole, part, ...(share ? [share] : [])];
    const f = figuresOf(data, ids);
    const [total, marked] = [f[whole]!.value, f[part]!.value];
    const shareFigure = share ? f[share]! : undefined;
    const shareText = shareFigure ? formatFigure(shareFigure, data.settings) : formatValue((marked / total) * 100, {kind: "percent"}, {decimals: 1, scale: 0}, data.settings);
    const words = chartWords(data, spec);
    // A share derived in code that differs from the printed one says so under the chart.
    const comparison = shareFigure?.kind === "derived" && shareFigure.comparison ? [shareFigure.comparison] : [];
    return {
      id: spec.id,
      ...words,
      notes: [...words.notes, ...comparison],
      panels: [{plot: (width) => plot(total, marked, width)}],
      description: `Unit chart of ${formatFigure(f[whole]!, data.settings)} squares${each ? `, one for each ${each}` : ""}; ${formatFigure(f[part]!, data.settings)} squares, ${shareText}, are marked as ${partLabel}.`,
      table: figureTable(data, Object.values(f)),
      citations: Object.values(f).flatMap(citationsOf),
    };

    function plot(count: number, highlighted: number, width: number): Plot.PlotOptions {
      const rows = width < 500 ? 36 : 18;
      const columns = Math.ceil(count / rows);
      const cell = width / columns;
      const groups = [{marked: true, count: highlighted}, {marked: false, count: count - highlighted}];
      const labelHeight = 20;
      return {
        width,
        height: Math.round(cell * rows) + labelHeight,
        margin: 0,
        marginTop: labelHeight,
        style: {fontSize: `${fontSize}px`},
        x: {domain: [0, columns * rows], axis: null},
        y: {domain: [0, rows], axis: null},
        marks: [
          Plot.text([`↓ ${formatFigure(f[part]!, data.settings)} ${partLabel}`], {x: 0, frameAnchor: "top-left", textAnchor: "start", dy: -labelHeight + 4, lineAnchor: "top", fontWeight: "bold"}),
          Plot.waffleX(groups, {x: "count", fill: (d: (typeof groups)[number]) => (d.marked ? palette.accent : palette.base), unit: 1, multiple: rows, gap: width < 500 ? 1 : 1.5, round: true}),
        ],
      };
    }
  },
});
