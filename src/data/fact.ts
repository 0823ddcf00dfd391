import {z} from "zod";
import type {Printed} from "../format/formatNumber.ts";
import {unitHelp, type Unit} from "../format/unit.ts";

/** Words that qualify a figure as the source does: "around 55%", "fewer than three in 10". */
export const qualifiers = ["around", "over", "more-than", "fewer-than", "below"] as const;

/** The words a quote must use for each qualifier: "over 120%" needs "over" or "more than" in the source. */
export const qualifierWords: Record<(typeof qualifiers)[number], readonly string[]> = {
  around: ["around", "about", "roughly", "approximately", "some", "nearly", "almost"],
  over: ["over", "more than"],
  "more-than": ["more than", "over"],
  "fewer-than": ["fewer than", "less than", "under"],
  below: ["below", "under", "less than"],
};

export type Qualifier = (typeof qualifiers)[number];

/** A cited figure: one row of a file in data/facts/. */
export interface Fact {
  kind: "fact";
  /** Unique id across all data, used by charts and by :fig{#id} in prose. */
  id: string;
  /** What the figure measures, in plain words. */
  label: string;
  /** The figure, or the low end of a range. */
  value: number;
  /** The high end, when the source gives a range ("between 30 and 50"). Never averaged away. */
  valueTo?: number;
  qualifier?: Qualifier;
  unit: Unit;
  /** How the source writes the figure (decimals, "million"), so pages print it the same way. */
  printed: Printed;
  /** How the source writes the high end of a range. */
  printedTo?: Printed;
  /** Id of the source in data/sources.json. */
  source: string;
  /** The exact words of the source that state the figure; checked at build time. */
  quote: string;
  /** For a figure from a data-file source: the line of that file it comes from (the quote then names the row). */
  rawLine?: number;
  /** Editor's note shown with the figure (how sources differ, what it excludes). */
  note?: string;
  /** Where the row lives, for error messages and the data table. */
  file: string;
  line: number;
}

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const plainNumber = z.string().regex(/^-?\d+(\.\d+)?$/, "write a plain number such as 1809 or 0.71, without commas, spaces or symbols");
export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by hyphens, such as bus-fare-2024");

export const factColumns = {
  required: ["id", "label", "value", "unit", "source", "quote"],
  optional: ["value_to", "qualifier", "note"],
} as const;

export const factRowSchema = z.object({
  id: kebab,
  label: z.string().min(1, "describe what the figure measures"),
  value: plainNumber,
  value_to: z.preprocess(blankToUndefined, plainNumber.optional()),
  qualifier: z.preprocess(blankToUndefined, z.enum(qualifiers).optional()),
  unit: z.string().min(1),
  source: z.string().min(1, "name the source id from data/sources.json"),
  quote: z.string().min(1, "copy the words of the source that state the figure"),
  note: z.preprocess(blankToUndefined, z.string().optional()),
});

export const factHelp: Record<string, string> = {
  id: "a unique id in lower-case words joined by hyphens",
  label: "a few words saying what the figure measures",
  value: "a plain number such as 1809 or 0.71",
  value_to: "empty, or the high end of a range",
  qualifier: `empty or one of ${qualifiers.join(", ")}`,
  unit: `one of ${unitHelp}`,
  source: "a source id from data/sources.json",
  quote: "the exact words of the source that state the figure",
};
