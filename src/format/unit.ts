import {currencyCode} from "../settings/settings.ts";

/**
 * What a figure counts, which decides how it prints. Written in a data file's
 * `unit` column as: `count`, `percent`, `percent-more` (how much more likely),
 * `points` (percentage points), `in-10` or any `in-N` ("3 in 10"), an ISO 4217
 * currency code (`GBP`, `usd`, `EUR`), or `currency` for the site's currency.
 */
export type Unit =
  | {kind: "count"}
  | {kind: "percent"}
  | {kind: "percent-more"}
  | {kind: "points"}
  | {kind: "ratio"; per: number}
  | {kind: "currency"; code: string};

export const unitHelp = "count, percent, percent-more, points (percentage points), in-10 (or in-N, as in “3 in 10”), a currency code such as GBP, USD or EUR, or currency (the site’s own, from data/site.json)";

const named: Record<string, Unit> = {
  count: {kind: "count"},
  percent: {kind: "percent"},
  "percent-more": {kind: "percent-more"},
  points: {kind: "points"},
  "percentage-points": {kind: "points"},
};

/** Reads a `unit` cell; undefined when it is none of the forms above. */
export function parseUnit(text: string, siteCurrency: string): Unit | undefined {
  const value = text.trim();
  const lower = value.toLowerCase();
  if (named[lower]) return named[lower];
  if (lower === "currency") return {kind: "currency", code: siteCurrency};
  const ratio = /^in-([1-9]\d*)$/.exec(lower);
  if (ratio) return {kind: "ratio", per: Number(ratio[1])};
  const code = currencyCode.safeParse(value);
  return /^[a-z]{3}$/i.test(value) && code.success ? {kind: "currency", code: code.data} : undefined;
}

/** The unit as an editor writes it, for messages and downloads. */
export function unitName(unit: Unit): string {
  return unit.kind === "ratio" ? `in-${unit.per}` : unit.kind === "currency" ? unit.code : unit.kind;
}
