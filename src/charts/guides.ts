import * as Plot from "@observablehq/plot";
import {z} from "zod";
import type {Data} from "../data/loadData.ts";
import {fillFigures} from "../data/fillFigures.ts";
import {formatFigure} from "../format/formatFigure.ts";
import {formatValue, plain} from "../format/formatNumber.ts";
import type {Unit} from "../format/unit.ts";
import type {SpecProblem} from "./chart.ts";
import {fontSize, labelWidth} from "./labelledBars.ts";
import {wrapText} from "./wrapText.ts";

/**
 * Reference lines and annotations: the guides a newsroom adds to a chart with
 * a value axis (a target, last year's level; "lockdown" on 2020). Both are
 * laid out in a band above the plot, one line each, so they never collide with
 * the data or each other at any width.
 */
export const guideFields = {
  references: z.array(z.union([
    z.strictObject({figure: z.string().min(1), label: z.string().min(1).max(60)}),
    z.strictObject({value: z.number(), label: z.string().min(1).max(60)}),
  ])).default([]),
  annotations: z.array(z.strictObject({
    x: z.union([z.string().min(1), z.number()]).transform(String),
    series: z.string().min(1).optional(),
    text: z.string().min(1).max(80),
  })).default([]),
};

export const guideHelp = {
  references: 'optional: dashed lines across the chart, each {"figure": "a figure id", "label": "2019 level"} or {"value": 50, "label": "target"}',
  annotations: 'optional: short notes on a point, each {"x": "2020", "text": "Lockdowns"} (add "series" on a chart of several)',
};

type Guides = {references: z.infer<typeof guideFields.references>; annotations: z.infer<typeof guideFields.annotations>};

/** The figures a spec's reference lines cite, for its needs. */
export const referenceFigures = (guides: Guides) => guides.references.flatMap((r) => ("figure" in r ? [r.figure] : []));

/** Checks that each annotation points at an x (and series) the chart has, and references share the value axis's unit. */
export function checkGuides(data: Data, guides: Guides, {xs, series, unit}: {xs: readonly string[]; series?: readonly string[]; unit: Unit}): SpecProblem[] {
  const problems: SpecProblem[] = [];
  guides.annotations.forEach((note, index) => {
    if (!xs.includes(note.x)) problems.push({field: ["annotations", index, "x"], message: `annotation x "${note.x}" is not a point of the chart`, fix: `use one of: ${xs.join(", ")}`});
    if (note.series !== undefined && series && !series.includes(note.series)) problems.push({field: ["annotations", index, "series"], message: `annotation series "${note.series}" is not a series of the chart`, fix: `use one of: ${series.join(", ")}`});
  });
  guides.references.forEach((reference, index) => {
    if (!("figure" in reference)) return;
    const figure = data.figures.get(reference.figure);
    if (figure && figure.unit.kind !== unit.kind) problems.push({field: ["references", index, "figure"], message: `reference "${reference.figure}" is in ${figure.unit.kind}, the chart's values in ${unit.kind}`, fix: "a reference line must share the chart's unit"});
  });
  return problems;
}

/** An editor's words with each {fig:id} printed from data/. */
const filled = (data: Data, text: string) => fillFigures(text, (id) => formatFigure(data.figures.get(id)!, data.settings));

/** A reference line with its value and the words it prints: "2019 level: 32.4 million". */
export function referenceLines(data: Data, guides: Guides, unit: Unit): {value: number; text: string}[] {
  return guides.references.map((reference) => {
    if ("figure" in reference) {
      const figure = data.figures.get(reference.figure)!;
      return {value: figure.value, text: `${filled(data, reference.label)}: ${formatFigure(figure, data.settings)}`};
    }
    return {value: reference.value, text: `${filled(data, reference.label)}: ${formatValue(reference.value, unit, plain, data.settings)}`};
  });
}

/** The annotations with each {fig:id} in their words printed from data/. */
export function annotationsOf(data: Data, guides: Guides): Guides["annotations"] {
  return guides.annotations.map((note) => ({...note, text: filled(data, note.text)}));
}

/** The guides in words, for a chart's description. */
export function describeGuides(references: readonly {text: string}[], annotations: Guides["annotations"]): string {
  return [
    ...references.map((r) => `Dashed line: ${r.text}.`),
    ...annotations.map((a) => `Note at ${a.x}${a.series ? ` (${a.series})` : ""}: ${a.text}.`),
  ].join(" ");
}

const lineHeight = 16;
const dash = 18;

export interface Band {
  /** Height in px the band takes above the plot. */
  height: number;
  /**
   * The marks, given where each annotation's point is (px from the top of the
   * SVG): the key of reference lines, each annotation's text, and a leader from
   * each annotation down to its point. `toX`/`toY` turn px into the chart's
   * coordinates (identity for charts laid out in px).
   */
  marks: (pointYs: readonly number[], toX?: (px: number) => unknown, toY?: (py: number) => unknown) => Plot.Markish[];
}

/**
 * Lays out reference keys and annotations above a plot `width` px wide: each
 * on its own line(s), an annotation beside the x of its point (`px`), reading
 * away from the nearer edge so it stays in the SVG.
 */
export function guideBand(width: number, references: readonly {text: string}[], annotations: readonly {px: number; text: string}[]): Band {
  const keys: {x: number; y: number; text: string}[] = [];
  const texts: {x: number; y: number; bottom: number; px: number; text: string; anchor: "start" | "end"}[] = [];
  let y = references.length || annotations.length ? 4 : 0;
  for (const reference of references) {
    const lines = wrapText(reference.text, width - dash - 8, fontSize);
    keys.push({x: dash + 6, y, text: lines.join("\n")});
    y += lines.length * lineHeight + 4;
  }
  const room = Math.min(width, Math.max(140, width * 0.6));
  for (const note of annotations) {
    const lines = wrapText(note.text, room - 8, fontSize);
    const longest = labelWidth(lines.reduce((a, b) => (b.length > a.length ? b : a), ""));
    // The text starts at its point, moved left only as far as it must to stay in the SVG.
    const x = Math.max(0, Math.min(note.px - 1, width - longest));
    texts.push({x, y, bottom: y + lines.length * lineHeight, px: note.px, text: lines.join("\n"), anchor: "start"});
    y += lines.length * lineHeight + 6;
  }
  const height = y ? y + 2 : 0;
  const identity = (v: number) => v;
  return {
    height,
    marks: (pointYs, toX = identity, toY = identity) => {
      // Each leader runs from under its note to just above its point.
      const leaders = texts.map((t, index) => ({x: t.px, y1: t.bottom + 1, y2: (pointYs[index] ?? t.bottom) - 4})).filter((l) => l.y2 > l.y1);
      return [
        keys.length ? Plot.ruleY(keys, {x1: () => toX(0), x2: () => toX(dash), y: (d) => toY(d.y + lineHeight / 2 - 2), stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5}) : null,
        Plot.text(keys, {x: (d) => toX(d.x), y: (d) => toY(d.y), text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize}),
        Plot.ruleX(leaders, {x: (d) => toX(d.x), y1: (d) => toY(d.y1), y2: (d) => toY(d.y2), stroke: "currentColor", strokeWidth: 1}),
        ...(["start", "end"] as const).map((anchor) => Plot.text(texts.filter((t) => t.anchor === anchor), {x: (d) => toX(d.x), y: (d) => toY(d.y), text: "text", textAnchor: anchor, lineAnchor: "top", lineHeight: lineHeight / fontSize, fontStyle: "italic"})),
      ];
    },
  };
}

/** Dashed reference rules across the plot, in the chart's own coordinates. */
export function referenceRules(references: readonly {value: number}[], from: unknown, to: unknown): Plot.Markish {
  return Plot.ruleY(references, {y: "value", x1: () => from, x2: () => to, stroke: "currentColor", strokeDasharray: "4 3", strokeWidth: 1.5});
}

