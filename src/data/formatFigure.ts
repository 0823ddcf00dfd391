import {format} from "d3";
import type {Qualifier, Unit} from "./fact.ts";
import type {Figure} from "./loadData.ts";

const qualifierWords: Record<Qualifier, string> = {
  around: "around",
  over: "over",
  "more-than": "more than",
  "fewer-than": "fewer than",
  below: "below",
};

const grouped = format(",");

function formatNumber(value: number, unit: Unit, decimals?: number): string {
  const digits = decimals === undefined ? grouped(value) : format(`,.${decimals}f`)(value);
  switch (unit) {
    case "percent":
    case "percent-more":
      return `${digits}%`;
    case "in-10":
      return `${digits} in 10`;
    case "gbp":
      return value >= 1e9 ? `£${grouped(value / 1e9)} billion` : value >= 1e6 ? `£${grouped(value / 1e6)} million` : `£${digits}`;
    case "count":
      return digits;
  }
}

/**
 * A figure as prose and charts print it, with its qualifier and as a range when
 * the source gives one: "82%", "around 55% to 60%", "between 30 and 50",
 * "fewer than 3 in 10". A derived figure shows its computed value at its precision.
 */
export function formatFigure(figure: Figure): string {
  if (figure.kind === "derived") return formatNumber(figure.value, figure.unit, figure.decimals);
  const {value, valueTo, unit, qualifier} = figure;
  const prefix = qualifier ? `${qualifierWords[qualifier]} ` : "";
  if (valueTo === undefined) return prefix + formatNumber(value, unit);
  const low = formatNumber(value, unit);
  const high = formatNumber(valueTo, unit);
  return unit === "count" && !qualifier ? `between ${low} and ${high}` : `${prefix}${low} to ${high}`;
}
