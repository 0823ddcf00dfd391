import type {NumberLocale} from "../format/formatNumber.ts";
import type {Unit} from "../format/unit.ts";

/** How a column of numbers is written, in Table Schema's terms (https://datapackage.org/standard/table-schema/#number). */
export interface NumberLexis {
  type: "integer" | "number";
  /** The locale's thousands separator, when a cell uses it: "1,809". */
  groupChar?: string;
  /** The locale's decimal mark, when a cell uses it and it is not ".". */
  decimalChar?: string;
  /** false when cells carry a symbol ("£1.60", "82%"), which readers strip. */
  bareNumber?: false;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Values whose prints show every affix a unit takes: singular and plural, whole and fractional, grouped.
const samples = [0, 1, 2, 1.5, 1234.5];

/**
 * The text a unit's print puts before and after the digits, in this locale
 * ("£", "%", " €", " British pounds"), as Intl writes it; undefined for units
 * printed with words around the number ("3 in 10", "3.5 percentage points").
 */
function affixes(unit: Unit, {locale, currencyDisplay}: NumberLocale): Set<string> | undefined {
  const key = `${JSON.stringify(unit)}|${locale}|${currencyDisplay}`;
  if (!known.has(key)) known.set(key, readAffixes(unit, {locale, currencyDisplay}));
  return known.get(key);
}
// Intl formats are costly to make; a site has a handful of units.
const known = new Map<string, Set<string> | undefined>();

function readAffixes(unit: Unit, {locale, currencyDisplay}: NumberLocale): Set<string> | undefined {
  const format =
    unit.kind === "count" ? new Intl.NumberFormat(locale)
    : unit.kind === "percent" || unit.kind === "percent-more" ? new Intl.NumberFormat(locale, {style: "unit", unit: "percent"})
    : unit.kind === "currency" ? new Intl.NumberFormat(locale, {style: "currency", currency: unit.code, currencyDisplay})
    : undefined;
  if (!format) return undefined;
  const found = new Set<string>();
  for (const value of samples) {
    const parts = format.formatToParts(value);
    const first = parts.findIndex((part) => part.type === "integer");
    const last = parts.findLastIndex((part) => part.type === "integer" || part.type === "fraction");
    found.add(`${parts.slice(0, first).map((p) => p.value).join("")}\0${parts.slice(last + 1).map((p) => p.value).join("")}`);
  }
  return found;
}

/** The locale's thousands separator and decimal mark, and a pattern for a number written with them. */
function separators(locale: string): {group: string; decimal: string; body: RegExp} {
  let found = bySeparators.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const group = parts.find((part) => part.type === "group")?.value ?? ",";
    const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
    // Digits grouped in threes (or not at all), then optional decimals: nothing a reader could misread.
    const body = new RegExp(`^(\\D*?)((?:\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}\\d+)?)(\\D*)$`);
    bySeparators.set(locale, (found = {group, decimal, body}));
  }
  return found;
}
const bySeparators = new Map<string, {group: string; decimal: string; body: RegExp}>();

/**
 * How a column of printed values in `unit` reads as Table Schema numbers, or
 * undefined when any cell is not a plain print of one: "35.8 million" and "£2.1bn"
 * are not, since a reader that strips the words would get 35.8 and 2.1, and a
 * cell the CSV prefixes with ' (a minus sign, kept from spreadsheets) is not
 * either. Empty cells are missing values and say nothing.
 */
export function plainNumbers(cells: readonly string[], unit: Unit, settings: NumberLocale): NumberLexis | undefined {
  const allowed = affixes(unit, settings);
  const written = cells.filter((cell) => cell !== "");
  if (!allowed || !written.length) return undefined;
  const {group, decimal, body} = separators(settings.locale);
  let grouped = false;
  let fractional = false;
  let symbols = false;
  for (const cell of written) {
    const match = body.exec(cell);
    if (!match || !allowed.has(`${match[1]}\0${match[3]}`)) return undefined;
    const digits = match[2]!;
    grouped ||= digits.split(decimal)[0]!.includes(group);
    fractional ||= digits.includes(decimal);
    symbols ||= match[1] !== "" || match[3] !== "";
  }
  return {
    type: fractional ? "number" : "integer",
    ...(grouped && {groupChar: group}),
    ...(fractional && decimal !== "." && {decimalChar: decimal}),
    ...(symbols && {bareNumber: false as const}),
  };
}
