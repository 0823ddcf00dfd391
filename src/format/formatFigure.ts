import type {Qualifier} from "../data/fact.ts";
import type {Figure} from "../data/loadData.ts";
import {formatValue, type NumberLocale} from "./formatNumber.ts";

const qualifierWords: Record<Qualifier, string> = {
  around: "around",
  over: "over",
  "more-than": "more than",
  "fewer-than": "fewer than",
  below: "below",
};

/**
 * A figure as prose, charts, tables and downloads print it, in the site's
 * locale, as its source writes it, with its qualifier and as a range when the
 * source gives one: "82%", "around 55% to 60%", "between 30 and 50", "fewer
 * than 3 in 10", "£1.60", "35.8 million". A derived figure shows its computed
 * value at its precision.
 */
export function formatFigure(figure: Figure, locale: NumberLocale): string {
  if (figure.kind === "derived") return formatValue(figure.value, figure.unit, {decimals: figure.decimals, scale: 0}, locale);
  const {value, valueTo, unit, qualifier} = figure;
  const prefix = qualifier ? `${qualifierWords[qualifier]} ` : "";
  const low = formatValue(value, unit, figure.printed, locale);
  if (valueTo === undefined) return prefix + low;
  const high = formatValue(valueTo, unit, figure.printedTo ?? figure.printed, locale);
  return unit.kind === "count" && !qualifier ? `between ${low} and ${high}` : `${prefix}${low} to ${high}`;
}
