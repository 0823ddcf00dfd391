import * as Plot from "@observablehq/plot";
import {scaleUtc, utcFormat} from "d3";
import {z} from "zod";
import {spanOf, type TimelineEvent} from "../../data/timelineEvent.ts";
import {sourceHref} from "../../sources/quoteAnchor.ts";
import {chartType, type TableCell} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {fontSize} from "../labelledBars.ts";
import {palette} from "../palette.ts";
import {wrapText} from "../wrapText.ts";

const lineHeight = 16;
const barHeight = 10;
const rowGap = 12;
const axisHeight = 28;

const parse = (value: string) => spanOf(value)[0];

/** The span a date stands for at its precision: a year-only date covers the whole year. */
export function span(event: TimelineEvent): [Date, Date] {
  return spanOf(event.date, event.end);
}

/** The date as precisely as the source gives it, in the site's locale: "1999", "Mar 2021", "2000–2021". */
export function dateLabel(event: TimelineEvent, locale: string): string {
  const short = (options: Intl.DateTimeFormatOptions) => (value: string) => new Intl.DateTimeFormat(locale, {...options, year: "numeric", timeZone: "UTC"}).format(parse(value));
  const one = (value: string) => (value.length === 4 ? value : value.length === 7 ? short({month: "short"})(value) : short({day: "numeric", month: "short"})(value));
  const label = event.end ? `${one(event.date)}–${one(event.end)}` : one(event.date);
  return event.basis === "inferred" ? `${label} (date inferred)` : label;
}

const year = (date: Date) => date.getUTCFullYear();
const jan1 = (y: number) => new Date(Date.UTC(y, 0, 1));

/**
 * The time axis for a set of events. When they span many years but bunch at the
 * end (Macpherson in 1999, most events 2021–2023), the quiet early years get a
 * compressed stretch of the axis, up to a break the chart marks; otherwise the
 * scale is linear.
 */
export function timeAxis(events: readonly TimelineEvent[], width: number) {
  const spans = events.map((e) => spanOf(e.date, e.end));
  const start = jan1(year(new Date(Math.min(...spans.map(([from]) => from.getTime())))));
  const last = new Date(Math.max(...spans.map(([, to]) => to.getTime())) - 1);
  const end = jan1(year(last) + 1);
  const starts = spans.map(([from]) => year(from)).sort((a, b) => a - b);
  const breakYear = starts[Math.floor(starts.length / 2)]! - 1;
  const compress = year(end) - year(start) > 10 && breakYear - year(start) > 5;
  const step = width < 500 ? 10 : 5;
  const early = compress ? [year(start), ...Array.from({length: 20}, (_, i) => Math.ceil((year(start) + 1) / step) * step + i * step).filter((y) => y > year(start) + 2 && y < breakYear - 2), breakYear] : [];
  const late = Array.from({length: year(end) - (compress ? breakYear : year(start))}, (_, i) => (compress ? breakYear : year(start)) + i + (compress ? 1 : 0));
  const x = compress ? {type: "utc" as const, domain: [start, jan1(breakYear), end], range: [2, width * 0.28, width - 6]} : {type: "utc" as const, domain: [start, end], range: [2, width - 6]};
  return {start, breakAt: compress ? jan1(breakYear) : undefined, x, ticks: spacedTicks([...early, ...late].filter((y) => y < year(end)), x, width, compress ? breakYear : undefined)};
}

/** Room a year label takes on the axis (four digits and a gap), estimated like wrapText does. */
const yearLabel = Math.ceil(4 * fontSize * 0.62) + 8;

/**
 * The candidate years whose labels fit: never closer than a label's width to
 * the last one kept, never running off the right edge. The year of the break
 * is kept over a round year just before it, which it then replaces.
 */
function spacedTicks(years: readonly number[], x: {domain: Date[]; range: number[]}, width: number, breakYear?: number): Date[] {
  const position = scaleUtc(x.domain, x.range);
  const kept: number[] = [];
  for (const y of years) {
    const at = position(jan1(y));
    if (at + yearLabel - 8 > width) break;
    const previous = kept.at(-1);
    if (previous === undefined || at - position(jan1(previous)) >= yearLabel) kept.push(y);
    else if (y === breakYear && kept.length > 1) kept[kept.length - 1] = y;
  }
  return kept.map(jan1);
}

function plot(events: readonly TimelineEvent[], width: number, locale: string): Plot.PlotOptions {
  // Room above the first label for its ascenders, so no glyph rises out of the SVG at any scale.
  let y = 3;
  const rows = events.map((event) => {
    const lines = wrapText(`${dateLabel(event, locale)}: ${event.title}`, width - 4, fontSize);
    const barTop = y + lines.length * lineHeight + 3;
    const [from, to] = span(event);
    const row = {event, text: lines.join("\n"), labelY: y, barTop, barBottom: barTop + barHeight, from, to, href: sourceHref(event.citations[0]!.source, event.citations[0]!.quote)};
    y = barTop + barHeight + rowGap;
    return row;
  });
  const height = y + axisHeight;
  const axis = timeAxis(events, width);
  const stated = rows.filter((row) => row.event.basis === "stated");
  const inferred = rows.filter((row) => row.event.basis === "inferred");
  return {
    width,
    height,
    margin: 0,
    marginRight: 4,
    marginBottom: axisHeight,
    style: {fontSize: `${fontSize}px`},
    x: axis.x,
    y: {type: "identity", axis: null},
    marks: [
      // The break is explained in the notes; the line itself is a cue, not data.
      Plot.ruleX(axis.breakAt ? [axis.breakAt] : [], {y1: 0, y2: height - axisHeight, stroke: palette.base, strokeDasharray: "2 3", strokeOpacity: 0.6, ariaHidden: "true"}),
      Plot.rect(stated, {x1: "from", x2: "to", y1: "barTop", y2: "barBottom", fill: palette.accent, insetLeft: -1, insetRight: -1}),
      Plot.rect(inferred, {x1: "from", x2: "to", y1: "barTop", y2: "barBottom", fill: "none", stroke: palette.accent, strokeWidth: 1.5, insetLeft: -1, insetRight: -1}),
      Plot.text(rows, {x: axis.start, y: "labelY", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize, href: "href", dx: -0}),
      Plot.axisX({anchor: "bottom", ticks: axis.ticks, tickFormat: utcFormat("%Y"), label: null, tickSize: 4, textAnchor: "start", dx: -2}),
    ],
  };
}

/** "elections", "elections.csv" and "data/timelines/elections.csv" all name data/timelines/elections.csv. */
const timelineName = (value: string) => value.replace(/^data\/timelines\/|\.csv$/g, "");

/** Dated events and periods from a file in data/timelines/, each as precise as its sources allow; inferred dates outlined. */
export const timeline = chartType({
  name: "timeline",
  summary: "dated events and periods from data/timelines/, stated and inferred",
  fields: {timeline: z.string().min(1)},
  help: {timeline: 'the name of a file in data/timelines/, e.g. "elections" for data/timelines/elections.csv'},
  needs: ({timeline}) => ({timelines: [timelineName(timeline)], field: "timeline"}),
  build(data, spec) {
    const {locale} = data.settings;
    const events = data.timelines.get(timelineName(spec.fields.timeline))!;
    const words = chartWords(data, spec);
    const first = events[0]!;
    const last = events.at(-1)!;
    const label = (event: TimelineEvent) => dateLabel(event, locale);
    const rows = events.map((event): TableCell[] => [
      {text: label(event)},
      {text: event.title},
      {text: event.citations.map((c) => data.sources.get(c.source)?.outlet ?? c.source).join("; "), href: sourceHref(event.citations[0]!.source)},
      {text: event.citations.map((c) => `“${c.quote}”`).join(" "), href: sourceHref(event.citations[0]!.source, event.citations[0]!.quote)},
    ]);
    const breakAt = timeAxis(events, 680).breakAt;
    return {
      id: spec.id,
      title: words.title,
      subtitle: words.subtitle,
      panels: [{plot: (width) => plot(events, width, locale)}],
      notes: [
        ...words.notes,
        ...(breakAt ? [`The years before ${year(breakAt)} are drawn compressed, to the left of the dotted line.`] : []),
        ...events.filter((e) => e.dateNote).map((e) => `${label({...e, basis: "stated"})}, “${e.title}”: ${e.dateNote}`),
      ],
      description: `Timeline of ${events.length} events from ${label(first)} to ${label(last)}. ${events.map((e) => `${label(e)}: ${e.title}.`).join(" ")}`,
      table: {columns: ["Date", "Event", "Source", "Quote"], rows},
      citations: events.flatMap((e) => e.citations.map(({source, quote}) => ({source, quote}))),
    };
  },
});
