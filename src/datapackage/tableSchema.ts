import type {NumberLocale} from "../format/formatNumber.ts";
import {unitName, type Unit} from "../format/unit.ts";
import type {ColumnMeaning} from "./columnMeanings.ts";
import {plainNumbers} from "./plainNumbers.ts";

/** A Table Schema field (https://datapackage.org/standard/table-schema/), as this site writes them. */
export interface Field {
  name: string;
  type: "string" | "integer" | "number" | "year" | "yearmonth" | "date";
  format?: "uri";
  description?: string;
  groupChar?: string;
  decimalChar?: string;
  bareNumber?: false;
  /**
   * The unit of the column's numbers, as data/ names it: count, percent,
   * percent-more, points, in-10 (any in-N) or an ISO 4217 code such as GBP.
   * Table Schema v2 has no unit property. A plain `unit` string is the form
   * the Frictionless community has long used and proposed for the standard
   * (frictionlessdata/datapackage#216, after #67 and #127; Open Power System
   * Data publishes it), with ISO codes for currencies; a tool that looks for
   * a unit looks there. A namespaced name (v2 recommends `namespace:name` for
   * custom properties) would be found by no tool.
   */
  unit?: string;
}

/** A Table Schema: the fields of one CSV, in the order of its header row. */
export interface TableSchema {
  fields: Field[];
}

/** The unit in words, for a field's description. */
function unitWords(unit: Unit): string {
  switch (unit.kind) {
    case "count": return "A count.";
    case "percent": return "A percentage: 82% is 82 percent.";
    case "percent-more": return "How much more, in percent: 81% is 81 percent more.";
    case "points": return "A difference in percentage points.";
    case "ratio": return `How many in ${unit.per}.`;
    case "currency": return `An amount in ${unit.code} (${new Intl.DisplayNames(["en"], {type: "currency"}).of(unit.code) ?? unit.code}).`;
  }
}

const datePatterns = [["year", /^\d{4}$/], ["yearmonth", /^\d{4}-\d{2}$/], ["date", /^\d{4}-\d{2}-\d{2}$/]] as const;

/** The Table Schema type (and how its numbers are written) of a column, from what it holds and what its cells say. */
function typeOf(cells: readonly string[], meaning: ColumnMeaning | undefined, settings: NumberLocale): Pick<Field, "type" | "groupChar" | "decimalChar" | "bareNumber"> {
  const written = cells.filter((cell) => cell !== "");
  if (meaning?.kind === "quantity" && meaning.unit) return plainNumbers(cells, meaning.unit, settings) ?? {type: "string"};
  if (meaning?.kind === "date" && written.length) {
    const [type] = datePatterns.find(([, pattern]) => written.every((cell) => pattern.test(cell))) ?? [];
    if (type) return {type};
  }
  // Text, numbers in mixed units, and columns of unknown meaning are published as the words they are.
  return {type: "string"};
}

const linkDescriptions: Record<string, string> = {
  Source: "The address of the source’s page on this site, which shows its whole text (or all its rows).",
  Quote: "The address of the quoted passage (or row) on its source’s page on this site.",
};

/**
 * The Table Schema of a chart's CSV: one field per column of its header row,
 * typed by what the column holds and how its cells are printed. A column of
 * numbers is `integer` or `number` only when every cell is a plain print of its
 * unit (1,809 · 82% · £1.60), so that any Table Schema reader gets the right
 * value; "35.8 million" is published as text, with its unit in `unit`.
 * Linked columns end the CSV as "<column> link".
 */
export function tableSchema(header: readonly string[], rows: readonly (readonly string[])[], columns: readonly string[], meanings: readonly (ColumnMeaning | undefined)[], settings: NumberLocale): TableSchema {
  const fields = header.map((name, index): Field => {
    const cells = rows.map((row) => row[index] ?? "");
    if (index >= columns.length) {
      const of = name.replace(/ link$/, "");
      const absolute = cells.every((cell) => cell === "" || /^https?:\/\//.test(cell));
      return {name, type: "string", ...(absolute && cells.some(Boolean) && {format: "uri" as const}), description: linkDescriptions[of] ?? `The address the ${of} column links to.`};
    }
    const meaning = meanings[index];
    const type = typeOf(cells, meaning, settings);
    // The first cell that is not a plain number shows why the column is text.
    const worded = meaning?.kind === "quantity" && meaning.unit && type.type === "string" ? cells.find((cell) => cell && !plainNumbers([cell], meaning.unit!, settings)) : undefined;
    const printedNote = worded && `Printed as its source states it (e.g. “${worded}”), so published as text.`;
    const sentence = meaning?.description?.replace(/(?<![.!?…”’"')])$/, ".");
    const description = [sentence, meaning?.unit && unitWords(meaning.unit), printedNote].filter(Boolean).join(" ");
    return {name, ...type, ...(description && {description}), ...(meaning?.unit && {unit: unitName(meaning.unit)})};
  });
  return {fields};
}
