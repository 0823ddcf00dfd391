import * as Plot from "@observablehq/plot";
import {utcFormat, utcMonth, utcYear, utcDay} from "d3";
import type {TimelineEvent} from "../data/timelineEvent.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";
import type {ChartModule, TableCell} from "./chart.ts";
import {fontSize} from "./labelledBars.ts";
import {palette} from "./palette.ts";
import {wrapText} from "./wrapText.ts";

const timeline = "met-scandals";
const lineHeight = 16;
const barHeight = 10;
const rowGap = 12;
const axisHeight = 28;

const parse = (value: string) => new Date(`${value.length === 4 ? `${value}-01` : value}${value.length <= 7 ? "-01" : ""}T00:00:00Z`);
const step = {year: utcYear, month: utcMonth, day: utcDay} as const;

/** The span a date stands for at its precision: a year-only date covers the whole year. */
export function span(event: TimelineEvent): [Date, Date] {
  const last = event.end ?? event.date;
  const lastPrecision = last.length === 4 ? "year" : last.length === 7 ? "month" : "day";
  return [parse(event.date), step[lastPrecision].offset(parse(last), 1)];
}

/** The date as precisely as the source gives it: "1999", "Mar 2021", "2000–2021". */
export function dateLabel(event: TimelineEvent): string {
  const one = (value: string) => (value.length === 4 ? value : value.length === 7 ? utcFormat("%b %Y")(parse(value)) : utcFormat("%-d %b %Y")(parse(value)));
  const label = event.end ? `${one(event.date)}–${one(event.end)}` : one(event.date);
  return event.basis === "inferred" ? `${label} (date inferred)` : label;
}

// The years before 2020 are one quiet stretch with few events; the scale gives
// them less room than 2020–2023, where most events fall, and the axis says so.
const breakAt = parse("2020");
const start = parse("1999");
const end = parse("2024");

function plot(events: readonly TimelineEvent[], width: number): Plot.PlotOptions {
  let y = 0;
  const rows = events.map((event) => {
    const lines = wrapText(`${dateLabel(event)}: ${event.title}`, width - 4, fontSize);
    const barTop = y + lines.length * lineHeight + 3;
    const [from, to] = span(event);
    const row = {event, text: lines.join("\n"), labelY: y, barTop, barBottom: barTop + barHeight, from, to, href: sourceHref(event.citations[0]!.source, event.citations[0]!.quote)};
    y = barTop + barHeight + rowGap;
    return row;
  });
  const height = y + axisHeight;
  const split = width * 0.28;
  const years = width < 500 ? [1999, 2010, 2020, 2021, 2022, 2023] : [1999, 2005, 2010, 2015, 2020, 2021, 2022, 2023];
  const ticks = years.map((year) => parse(String(year)));
  const stated = rows.filter((row) => row.event.basis === "stated");
  const inferred = rows.filter((row) => row.event.basis === "inferred");
  return {
    width,
    height,
    margin: 0,
    marginRight: 4,
    marginBottom: axisHeight,
    style: {fontSize: `${fontSize}px`},
    x: {type: "utc", domain: [start, breakAt, end], range: [2, split, width - 6]},
    y: {type: "identity", axis: null},
    marks: [
      Plot.ruleX([breakAt], {y1: 0, y2: height - axisHeight, stroke: palette.base, strokeDasharray: "2 3", strokeOpacity: 0.6}),
      Plot.rect(stated, {x1: "from", x2: "to", y1: "barTop", y2: "barBottom", fill: palette.accent, insetLeft: -1, insetRight: -1}),
      Plot.rect(inferred, {x1: "from", x2: "to", y1: "barTop", y2: "barBottom", fill: "none", stroke: palette.accent, strokeWidth: 1.5, insetLeft: -1, insetRight: -1}),
      Plot.text(rows, {x: start, y: "labelY", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize, href: "href", dx: -0}),
      Plot.axisX({anchor: "bottom", ticks, tickFormat: utcFormat("%Y"), label: null, tickSize: 4, textAnchor: "start", dx: -2}),
    ],
  };
}

/** Dated events from the Macpherson report to the final report, each as precise as its sources allow. */
export const scandalTimeline: ChartModule = {
  id: "scandal-timeline",
  needs: {timelines: [timeline]},
  build(data) {
    const events = data.timelines.get(timeline)!;
    const first = events[0]!;
    const last = events.at(-1)!;
    const rows = events.map((event): TableCell[] => [
      {text: dateLabel(event)},
      {text: event.title},
      {text: event.citations.map((c) => data.sources.get(c.source)?.outlet ?? c.source).join("; "), href: sourceHref(event.citations[0]!.source)},
      {text: event.citations.map((c) => `“${c.quote}”`).join(" "), href: sourceHref(event.citations[0]!.source, event.citations[0]!.quote)},
    ]);
    return {
      id: this.id,
      title: `From the Macpherson report to the Casey Review: ${first.date.slice(0, 4)}–${last.date.slice(0, 4)}`,
      subtitle: "Events as the sources date them. A wide bar is a year or a period, a narrow one a month; an outlined bar is a date we inferred from the article’s own date.",
      panels: [{plot: (width) => plot(events, width)}],
      notes: [
        "The years before 2020 are drawn compressed, to the left of the dotted line.",
        ...events.filter((e) => e.dateNote).map((e) => `${dateLabel({...e, basis: "stated"})}, “${e.title}”: ${e.dateNote}`),
      ],
      description: `Timeline of ${events.length} events from ${dateLabel(first)} to ${dateLabel(last)}. ${events.map((e) => `${dateLabel(e)}: ${e.title}.`).join(" ")}`,
      table: {columns: ["Date", "Event", "Source", "Quote"], rows},
      citations: events.flatMap((e) => e.citations.map(({source, quote}) => ({source, quote}))),
    };
  },
};
