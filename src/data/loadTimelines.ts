import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Problems} from "../lib/problem.ts";
import {realDate} from "../lib/realDate.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import type {Source} from "../sources/loadSources.ts";
import {readCsv} from "./readCsv.ts";
import {eventColumns, eventHelp, eventRowSchema, precisionOf, spanOf, type TimelineEvent} from "./timelineEvent.ts";
import {verifyQuote} from "./verifyQuote.ts";

export const timelinesFolder = "data/timelines";

/** Reads data/timelines/<name>.csv into events, merging rows that share an id, sorted by date. */
export function loadTimelines(root: string, sources: ReadonlyMap<string, Source>, problems: Problems, broken?: ReadonlySet<string>): Map<string, TimelineEvent[]> {
  const timelines = new Map<string, TimelineEvent[]>();
  if (!existsSync(join(root, timelinesFolder))) return timelines;
  for (const name of readdirSync(join(root, timelinesFolder)).filter((n) => n.endsWith(".csv")).sort()) {
    const file = `${timelinesFolder}/${name}`;
    const events = new Map<string, TimelineEvent & {firstLine: number}>();
    for (const {line, cells, columns} of readCsv(root, file, eventColumns, problems)) {
      const where = (path: readonly PropertyKey[]) => ({line, ...(columns[String(path[0])] !== undefined && {column: columns[String(path[0])]!})});
      const parsed = eventRowSchema.safeParse(cells, {reportInput: true});
      if (!parsed.success) {
        problems.list.push(...zodProblems(parsed.error, cells, file, where, eventHelp, eventColumns.required));
        continue;
      }
      const row = parsed.data;
      const unreal = (["date", "end"] as const).find((field) => row[field] && !realDate(row[field]));
      if (unreal) {
        problems.add({file, ...where([unreal]), message: `${unreal} "${row[unreal]}" is not a real date`, fix: "check the day and month: a year (1999), a year and month (2021-03) or a day that exists (2022-02-28)"});
        continue;
      }
      const quoteProblem = verifyQuote(sources, {file, line}, row.source, row.quote, broken);
      if (quoteProblem) problems.add(quoteProblem);
      if (row.end && spanOf(row.end)[1] <= spanOf(row.date)[1]) {
        problems.add({file, line, message: `end ${row.end} is not after date ${row.date}`, fix: "end is the last year, month or day of the period"});
      }
      const citation = {source: row.source, quote: row.quote, file, line};
      const existing = events.get(row.id);
      if (!existing) {
        if (row.basis === "inferred" && !row.date_note) {
          problems.add({file, line, message: `the date of "${row.id}" is inferred but date_note is empty`, fix: "say in date_note how the date was worked out"});
        }
        if (!row.title) problems.add({file, line, message: `the event "${row.id}" has no title`, fix: "write what happened in the title column of its first row"});
        events.set(row.id, {
          id: row.id, title: row.title, date: row.date, precision: precisionOf(row.date), basis: row.basis, citations: [citation], firstLine: line,
          ...(row.end && {end: row.end}),
          ...(row.date_note && {dateNote: row.date_note}),
        });
      } else if (existing.basis !== row.basis) {
        problems.add({file, line, message: `the event "${row.id}" has basis ${row.basis} here but ${existing.basis} on line ${existing.firstLine}`, fix: "rows of one event share its basis: stated if any source states the date"});
      } else if (existing.date !== row.date || existing.end !== row.end) {
        problems.add({file, line, message: `the event "${row.id}" is dated ${row.date}${row.end ? `–${row.end}` : ""} here but ${existing.date}${existing.end ? `–${existing.end}` : ""} on line ${existing.firstLine}`, fix: "rows of one event share its dates; if the sources disagree, make two events and say so in their titles"});
      } else {
        existing.citations.push(citation);
      }
    }
    // In time order by the middle of each event's span, so "2021" (the whole year)
    // comes after "2021-03"; ties keep the file's order, which the editor controls.
    const middle = (e: TimelineEvent) => {
      const [from, to] = spanOf(e.date, e.end);
      return (from.getTime() + to.getTime()) / 2;
    };
    const sorted = [...events.values()].sort((a, b) => middle(a) - middle(b) || a.firstLine - b.firstLine).map(({firstLine: _, ...event}) => event);
    timelines.set(name.replace(/\.csv$/, ""), sorted);
  }
  return timelines;
}
