import {z} from "zod";
import {kebab} from "./fact.ts";

/** How precisely a source dates an event. */
export type Precision = "year" | "month" | "day";

/** A citation: a source and the words of it that state something. */
export interface Citation {
  source: string;
  quote: string;
  file: string;
  line: number;
}

/** A dated event on a timeline: one or more rows of a file in data/timelines/, merged by id. */
export interface TimelineEvent {
  id: string;
  title: string;
  /** Start of the event as written: "1999", "2021-03" or "2022-02-01". */
  date: string;
  /** End, for an event that spans time ("2000" to "2021"). */
  end?: string;
  precision: Precision;
  /** "stated" when a source gives the date; "inferred" when it is worked out (e.g. "last October" in a 2023 article). */
  basis: "stated" | "inferred";
  /** How an inferred date was worked out. */
  dateNote?: string;
  citations: Citation[];
}

const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "write a year (1999), a year and month (2021-03) or a full date (2022-02-01)");

export const eventColumns = {
  required: ["id", "date", "basis", "title", "source", "quote"],
  optional: ["end", "date_note"],
} as const;

export const eventRowSchema = z.object({
  id: kebab,
  date,
  end: z.preprocess((v) => (v === "" ? undefined : v), date.optional()),
  basis: z.enum(["stated", "inferred"]),
  title: z.string(),
  source: z.string().min(1),
  quote: z.string().min(1, "copy the words of the source that date the event"),
  date_note: z.string().optional(),
});

export const eventHelp: Record<string, string> = {
  id: "an id in lower-case words joined by hyphens; rows with the same id are one event with several sources",
  date: "a year (1999), a year and month (2021-03) or a full date (2022-02-01), only as precise as the source",
  end: "empty, or the end of a period in the same form as date",
  basis: "stated (the source gives the date) or inferred (worked out, explained in date_note)",
  title: "what happened, in a short sentence (on the first row of an event)",
  source: "a source id from data/sources.json",
  quote: "the exact words of the source that state the event and its date",
};

export function precisionOf(value: string): Precision {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

const parse = (value: string) => new Date(`${value}${value.length === 4 ? "-01-01" : value.length === 7 ? "-01" : ""}T00:00:00Z`);

/**
 * The time a date stands for at its precision: "2021" is all of 2021, "2021-03"
 * all of March. With an end, from the start of `date` to the end of `end`.
 */
export function spanOf(date: string, end = date): [Date, Date] {
  const from = parse(date);
  const to = parse(end);
  const precision = precisionOf(end);
  if (precision === "year") to.setUTCFullYear(to.getUTCFullYear() + 1);
  else if (precision === "month") to.setUTCMonth(to.getUTCMonth() + 1);
  else to.setUTCDate(to.getUTCDate() + 1);
  return [from, to];
}
