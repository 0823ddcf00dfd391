import * as Plot from "@observablehq/plot";
import {formatFigure} from "../../format/formatFigure.ts";
import {formatCount} from "../../format/formatNumber.ts";
import {chartType, figuresOf} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {fontSize, labelledBars} from "../labelledBars.ts";
import {palette} from "../palette.ts";

const ids = [
  "repeat-complaint-staff", "repeat-complaint-dismissed", "repeat-complaint-dismissed-share",
  "serving-despite-complaints", "under-review-people", "under-review-cases",
  "black-officers-discipline-more-likely", "recruits-fired-more-likely", "fired-per-year",
] as const;

/**
 * One square per person with more than one complaint against them, the few
 * who were dismissed in the accent colour: the size of the gap is the picture.
 */
function waffle(total: number, dismissed: number, width: number): Plot.PlotOptions {
  const rows = width < 500 ? 36 : 18;
  const columns = Math.ceil(total / rows);
  const cell = width / columns;
  const parts = [{group: "dismissed", count: dismissed}, {group: "not dismissed", count: total - dismissed}];
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
      // Says in words which squares are the dismissed ones, so colour is not the only cue.
      Plot.text([`↓ ${dismissed} dismissed`], {x: 0, frameAnchor: "top-left", textAnchor: "start", dy: -labelHeight + 4, lineAnchor: "top", fontWeight: "bold"}),
      Plot.waffleX(parts, {x: "count", fill: (d: (typeof parts)[number]) => (d.group === "dismissed" ? palette.accent : palette.base), unit: 1, multiple: rows, gap: width < 500 ? 1 : 1.5, round: true}),
    ],
  };
}

/**
 * A bespoke chart, kept until the waffle and bars types can say the same: what
 * happened to complaints between colleagues, and to those complained about.
 */
export const complaintOutcomes = chartType({
  name: "complaint-outcomes",
  summary: "bespoke: the Casey Review's complaint outcomes",
  fields: {},
  help: {},
  needs: () => ({figures: ids}),
  build(data, spec) {
    const f = figuresOf(data, ids);
    const total = f["repeat-complaint-staff"].value;
    const dismissed = f["repeat-complaint-dismissed"].value;
    const count = (n: number) => formatCount(n, data.settings.locale);
    const people = [
      {label: "Officers and staff with more than one complaint against them", value: total, valueLabel: formatFigure(f["repeat-complaint-staff"], data.settings)},
      {label: "Officers still serving despite multiple misconduct complaints", value: f["serving-despite-complaints"].value, valueLabel: formatFigure(f["serving-despite-complaints"], data.settings)},
      {label: `Officers and staff whose past cases of alleged sex offences or domestic abuse are being re-examined (${formatFigure(f["under-review-cases"], data.settings)} cases)`, value: f["under-review-people"].value, valueLabel: formatFigure(f["under-review-people"], data.settings)},
      {label: "Of those with more than one complaint: dismissed", value: dismissed, valueLabel: formatFigure(f["repeat-complaint-dismissed"], data.settings), highlight: true},
    ];
    const likelihood = [
      {label: "Black officers: face disciplinary action", value: f["black-officers-discipline-more-likely"].value, valueLabel: `${formatFigure(f["black-officers-discipline-more-likely"], data.settings)} more likely`, highlight: true},
      {label: "Recruits: fired", value: f["recruits-fired-more-likely"].value, valueLabel: `${formatFigure(f["recruits-fired-more-likely"], data.settings)} more likely`, highlight: true},
    ];
    const share = f["repeat-complaint-dismissed-share"];
    const words = chartWords(data, spec);
    const notes = [...words.notes];
    if (share.kind === "derived" && share.comparison) notes.push(share.comparison);
    return {
      id: spec.id,
      title: words.title,
      subtitle: words.subtitle,
      panels: [
        {heading: `${count(total)} people with more than one complaint; ${count(dismissed)} dismissed (${formatFigure(share, data.settings)})`, plot: (width) => waffle(total, dismissed, width)},
        {heading: "Four counts from the reports, on one scale", plot: (width) => labelledBars(people, width, {max: total})},
        {heading: "How much more likely than white colleagues", plot: (width) => labelledBars(likelihood, width, {max: Math.max(...likelihood.map((d) => d.value)) * 1.05})},
      ],
      notes,
      description: `Unit chart of ${count(total)} squares, one for each officer or staff member with more than one complaint against them; ${count(dismissed)} squares, ${formatFigure(share, data.settings)}, are marked as dismissed. A bar chart compares ${formatFigure(f["serving-despite-complaints"], data.settings)} officers still serving despite multiple complaints and ${formatFigure(f["under-review-people"], data.settings)} officers and staff whose ${formatFigure(f["under-review-cases"], data.settings)} past cases are being re-examined. Black officers were ${formatFigure(f["black-officers-discipline-more-likely"], data.settings)} more likely to face disciplinary action than white colleagues, and recruits ${formatFigure(f["recruits-fired-more-likely"], data.settings)} more likely to be fired.`,
      table: figureTable(data, Object.values(f)),
      citations: Object.values(f).flatMap(citationsOf),
    };
  },
});
