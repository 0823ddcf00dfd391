import type {Printed} from "../format/formatNumber.ts";
import type {RawTable} from "../sources/rawTable.ts";
import {numberMentions} from "./numberMentions.ts";

/** A dataset column read from a data-file source: its column there, and what its cells are multiplied by. */
export interface RawColumn {
  name: string;
  from: string;
  factor: number;
}

/** "Year=2024; Line=Red": the cells that pick one row of a data file, as a dataset row's quote writes them. */
export function parseSelector(quote: string): [string, string][] | undefined {
  const pairs = quote.split(";").map((part) => part.split("=")).map(([column = "", ...value]) => [column.trim(), value.join("=").trim()] as [string, string]);
  return pairs.every(([column, value]) => column && value) ? pairs : undefined;
}

type Problem = {column: string; message: string; fix: string};

// A data file's rows by the cells of some of its columns, made once per file and set of columns:
// a dataset of many rows then finds each of its rows at once, not by reading the whole file again.
const indexes = new WeakMap<RawTable, Map<string, Map<string, RawTable["rows"]>>>();
function rowsBy(table: RawTable, columns: readonly number[]): Map<string, RawTable["rows"]> {
  let byColumns = indexes.get(table);
  if (!byColumns) indexes.set(table, (byColumns = new Map()));
  let index = byColumns.get(columns.join(","));
  if (!index) {
    index = new Map();
    for (const row of table.rows) {
      const key = JSON.stringify(columns.map((column) => row.cells[column]));
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
    byColumns.set(columns.join(","), index);
  }
  return index;
}

/**
 * Finds the one row of a data file the quote picks, and checks each number
 * column against its cell there: the dataset's value must be the cell's
 * number (times the column's factor). Returns the row's line and how each
 * number prints, or what is wrong, naming the data file's line and columns.
 */
export function checkRawRow(table: RawTable, seed: string, quote: string, columns: readonly RawColumn[], cells: Record<string, string>, locale: string, textColumns: readonly {name: string; from?: string | undefined}[] = []): {line?: number; printed: Record<string, Printed>; problems: Problem[]} {
  const printed: Record<string, Printed> = {};
  const pairs = parseSelector(quote);
  if (!pairs) return {printed, problems: [{column: "quote", message: `the quote "${quote}" does not pick a row of ${seed}`, fix: `for a data file, the quote names the row by its cells: Column=value, joined by "; " (e.g. ${table.header[0]}=${table.rows[0]?.cells[0] ?? "…"})`}]};
  const unknown = pairs.find(([column]) => !table.header.includes(column));
  if (unknown) return {printed, problems: [{column: "quote", message: `${seed} has no column "${unknown[0]}"`, fix: `its columns are: ${table.header.join(", ")} (when the header is not the file's first line, give its line as "headerRow" for the source in data/sources.json)`}]};
  const index = (column: string) => table.header.indexOf(column);
  const matches = rowsBy(table, pairs.map(([column]) => index(column))).get(JSON.stringify(pairs.map(([, value]) => value))) ?? [];
  if (matches.length !== 1) {
    const [column, value] = pairs.find(([c, v]) => !table.rows.some((row) => row.cells[index(c)] === v)) ?? pairs[0]!;
    const values = [...new Set(table.rows.map((row) => row.cells[index(column)]!))];
    return {printed, problems: [matches.length
      ? {column: "quote", message: `${matches.length} rows of ${seed} (lines ${matches.map((m) => m.line).join(", ")}) match "${quote}"`, fix: "add another column's value to the quote, so it picks one row"}
      : {column: "quote", message: `no row of ${seed} has ${column}=${value}`, fix: `its ${column} column has: ${values.slice(0, 12).join(", ")}${values.length > 12 ? ", …" : ""}`}]};
  }
  const row = matches[0]!;
  const problems: Problem[] = [];
  for (const {name, from, factor} of columns) {
    if (!table.header.includes(from)) {
      problems.push({column: name, message: `${seed} has no column "${from}" for ${name}`, fix: `name its column with "from" in the dataset's .json: ${table.header.join(", ")}`});
      continue;
    }
    const cell = row.cells[index(from)] ?? "";
    const mentions = numberMentions(cell, locale);
    const written = cells[name]!;
    if (mentions.length !== 1) {
      problems.push({column: name, message: `line ${row.line} of ${seed} has no number under "${from}" (it reads "${cell}")`, fix: "a value the source does not give cannot be charted; leave the row out"});
      continue;
    }
    const raw = mentions[0]!;
    const value = Number(written);
    if (Math.abs(raw.value * factor - value) > 1e-9 * Math.max(1, Math.abs(value))) {
      problems.push({column: name, message: `${name} ${written} is not what line ${row.line} of ${seed} gives under "${from}" ("${cell}"${factor !== 1 ? `, times ${factor}` : ""})`, fix: `write ${+(raw.value * factor).toPrecision(15)}`});
      continue;
    }
    // A table's number prints as a number, with the decimals it is written with (412 thousands print 412,000).
    printed[name] = {decimals: Math.max(written.split(".")[1]?.length ?? 0, factor === 1 ? raw.decimals : 0), scale: 0};
  }
  // Years, dates and names are checked too, wherever the file has a column of the same name (or the one "from" names).
  for (const {name, from} of textColumns) {
    const column = from ?? table.header.find((h) => h.toLowerCase() === name.toLowerCase());
    if (column === undefined || !table.header.includes(column)) continue;
    const cell = row.cells[index(column)] ?? "";
    if (cell !== cells[name]) problems.push({column: name, message: `${name} "${cells[name]}" is not what line ${row.line} of ${seed} gives under "${column}" ("${cell}")`, fix: `write ${cell}, as the file does`});
  }
  return {line: row.line, printed, problems};
}
