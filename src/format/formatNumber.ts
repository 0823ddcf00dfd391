import type {Unit} from "./unit.ts";

/** How numbers print on this site: the locale and currency style from data/site.json. */
export interface NumberLocale {
  locale: string;
  currencyDisplay: "symbol" | "narrowSymbol" | "code" | "name";
}

/**
 * How a figure is written where it comes from: its decimal places, and the
 * power of ten it is stated in ("35.8 million" is 1 decimal at 10^6), so a page
 * prints it as its source does.
 */
export interface Printed {
  decimals: number;
  /** 3, 6, 9 or 12 when the source says thousand, million, billion or trillion; 0 otherwise. */
  scale: number;
}

export const plain: Printed = {decimals: 0, scale: 0};

// Intl.NumberFormat objects are costly to make and safe to share.
const formats = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Digits of a currency's minor unit: 2 for GBP, USD and EUR, 0 for JPY. */
export function minorDigits(code: string): number {
  return formatter("en", {style: "currency", currency: code}).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The power of ten a scaled value prints at, and the decimals that keep the
 * source's precision there. A value that has grown past its source's scale
 * moves up ("2,100 million" prints "2.1 billion"); one stated below a whole
 * unit keeps the source's scale ("0.8 million" stays "0.8 million", never
 * "800 thousand").
 */
function atScale(value: number, {decimals, scale}: Printed): {exponent: number; bySize: number; min: number; max: number} {
  const bySize = Math.min(12, Math.max(3, Math.floor(Math.log10(Math.abs(value)) / 3) * 3));
  const exponent = Math.max(bySize, scale);
  if (exponent === scale) return {exponent, bySize, min: decimals, max: decimals};
  return {exponent, bySize, min: 0, max: Math.min(20, Math.max(0, decimals + exponent - scale))};
}

/** The scale word for 10^exponent as the locale writes it with `amount` ("million", "Millionen", "Mio."). */
function scaleWord(amount: number, exponent: number, locale: string): string {
  // The word is taken from a whole number of that scale: 1 for "1 million", 2 for the plural form.
  const sample = (Math.abs(amount) === 1 ? 1 : 2) * 10 ** exponent;
  return formatter(locale, {notation: "compact", compactDisplay: "long"}).formatToParts(sample).find((part) => part.type === "compact")?.value ?? "";
}

/** "35.8 million", "0.8 million", "35,8 Millionen": the amount's digits, then the locale's word for its scale. */
function withScaleWord(parts: Intl.NumberFormatPart[], amount: number, exponent: number, locale: string): string {
  const lastDigit = parts.findLastIndex((part) => part.type === "integer" || part.type === "fraction");
  const word = scaleWord(amount, exponent, locale);
  return parts.map((part, index) => (index === lastDigit && word ? `${part.value} ${word}` : part.value)).join("");
}

/** A number with its locale's grouping and exactly `decimals` places: 1,809 · 0.72 · 1.809 (de-DE). */
export function formatCount(value: number, locale: string, decimals = 0): string {
  return formatter(locale, {minimumFractionDigits: decimals, maximumFractionDigits: decimals}).format(value);
}

/**
 * A value in its unit, as the locale prints it: "1,809", "82%", "82 %" (de-DE),
 * "3 in 10", "£1.60", "1,60 €" (de-DE), "$4.25", "35.8 million", "£2.1 billion".
 * Currencies with a fraction show their minor unit (£1.6 prints £1.60); whole
 * amounts show none (£700). A scaled figure keeps its source's wording.
 */
export function formatValue(value: number, unit: Unit, printed: Printed, {locale, currencyDisplay}: NumberLocale): string {
  const {decimals, scale} = printed;
  const digits = (minimumFractionDigits: number, maximumFractionDigits = minimumFractionDigits) => ({minimumFractionDigits, maximumFractionDigits});
  switch (unit.kind) {
    case "count":
      if (scale) {
        const {exponent, min, max, bySize} = atScale(value, printed);
        // Where the scale is the one Intl would pick, its compact notation writes it in the locale's own way.
        if (exponent === bySize) return formatter(locale, {notation: "compact", compactDisplay: "long", ...digits(min, max)}).format(value);
        const amount = value / 10 ** exponent;
        return withScaleWord(formatter(locale, digits(min, max)).formatToParts(amount), amount, exponent, locale);
      }
      return formatCount(value, locale, decimals);
    case "percent":
    case "percent-more":
      return formatter(locale, {style: "unit", unit: "percent", ...digits(decimals)}).format(value);
    case "points":
      return `${formatCount(value, locale, decimals)} percentage point${value === 1 ? "" : "s"}`;
    case "ratio":
      return `${formatCount(value, locale, decimals)} in ${formatCount(unit.per, locale)}`;
    case "currency": {
      const money = (min: number, max = min) => formatter(locale, {style: "currency", currency: unit.code, currencyDisplay, ...digits(min, max)});
      if (!scale) {
        const places = decimals > 0 || !Number.isInteger(value) ? Math.max(decimals, minorDigits(unit.code)) : 0;
        return money(places).format(value);
      }
      // "£2.1 billion", "2,1 Milliarden €": the amount as currency, the scale word after its digits.
      const {exponent, min, max} = atScale(value, printed);
      const amount = value / 10 ** exponent;
      return withScaleWord(money(min, max).formatToParts(amount), amount, exponent, locale);
    }
  }
}

/**
 * Labels for a value axis: short and in the locale ("0", "10M", "2.5M", "£40M",
 * "20%", "40 Mio." in de-DE), with only the decimals each tick needs; money
 * below the compact range keeps its minor unit when a tick has a fraction
 * ("£1.50", not "£1.5").
 */
export function axisFormat(unit: Unit, ticks: readonly number[], {locale, currencyDisplay}: NumberLocale): (value: number) => string {
  const max = Math.max(0, ...ticks.map(Math.abs));
  const compact = max >= 1e4 ? ({notation: "compact", compactDisplay: "short"} as const) : {};
  const cents = unit.kind === "currency" && max < 1e4 && ticks.some((t) => !Number.isInteger(t));
  const options: Intl.NumberFormatOptions =
    unit.kind === "currency" ? {style: "currency", currency: unit.code, currencyDisplay, ...compact}
    : unit.kind === "percent" || unit.kind === "percent-more" ? {style: "unit", unit: "percent"}
    : compact;
  const digits = cents && unit.kind === "currency" ? minorDigits(unit.code) : 0;
  const format = formatter(locale, {...options, minimumFractionDigits: digits, maximumFractionDigits: Math.max(2, digits)});
  return (value) => format.format(value);
}
