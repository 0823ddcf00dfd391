import {z} from "zod";
import {formatCount, formatValue, type NumberLocale} from "../format/formatNumber.ts";
import type {Fact} from "./fact.ts";
import {kebab} from "./fact.ts";

/**
 * A figure computed in code from cited counts (a share), never typed in. When a
 * source also prints the figure, both are kept and compared, so a page can say
 * openly when they differ.
 */
export interface DerivedFigure {
  kind: "derived";
  id: string;
  label: string;
  /** The computed value, in percent, unrounded. */
  value: number;
  unit: {kind: "percent"};
  /** Decimal places to show, matching how the printed figure is given. */
  decimals: number;
  numerator: Fact;
  denominator: Fact;
  /** The source's own printed figure for the same thing, if any. */
  printed?: Fact;
  /** Whether the printed figure equals the computed one at the printed precision. */
  agrees: boolean;
  /** A sentence on how the printed figure compares, for the page. */
  comparison?: string;
  note?: string;
  file: string;
  line: number;
}

export const derivedColumns = {
  required: ["id", "label", "numerator", "denominator", "decimals"],
  optional: ["printed", "note"],
} as const;

export const derivedRowSchema = z.object({
  id: kebab,
  label: z.string().min(1),
  numerator: kebab,
  denominator: kebab,
  decimals: z.string().regex(/^[0-4]$/, "give a whole number of decimal places from 0 to 4").transform(Number),
  printed: z.preprocess((v) => (v === "" ? undefined : v), kebab.optional()),
  note: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
});

export const derivedHelp: Record<string, string> = {
  id: "a unique id in lower-case words joined by hyphens",
  label: "what the share measures",
  numerator: "the id of the count on top (e.g. those dismissed)",
  denominator: "the id of the count below (e.g. all with more than one complaint)",
  decimals: "decimal places to show, e.g. 2",
  printed: "empty, or the id of the figure as a source printed it",
};

/** Computes a share from two counts and compares it with the printed figure, in the site's number format. */
export function deriveShare(numerator: Fact, denominator: Fact, decimals: number, printed: Fact | undefined, locale: NumberLocale): Pick<DerivedFigure, "value" | "agrees" | "comparison"> {
  const value = (numerator.value / denominator.value) * 100;
  if (!printed) return {value, agrees: true};
  const rounded = Number(value.toFixed(decimals));
  const agrees = rounded === printed.value;
  if (agrees) return {value, agrees};
  const percent = (n: number, places: number) => formatValue(n, {kind: "percent"}, {decimals: places, scale: 0}, locale);
  const factor = 10 ** decimals;
  const cutOff = Math.trunc(value * factor) / factor === printed.value;
  const how = cutOff ? `The printed figure is what you get by cutting off the decimals rather than rounding them.` : "We could not reproduce the printed figure from the counts.";
  return {
    value,
    agrees,
    comparison: `${formatCount(numerator.value, locale.locale)} of ${formatCount(denominator.value, locale.locale)} is ${percent(rounded, decimals)} (${percent(value, 4)}), but the source prints ${percent(printed.value, decimals)}. ${how} We show the computed figure.`,
  };
}
