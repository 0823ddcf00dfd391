import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse, CsvError} from "csv-parse/sync";
import type {Problems} from "../lib/problem.ts";

/** A CSV record with the line it starts on, for error messages. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a CSV file with a header row. Checks the header against the columns the
 * file's kind requires and allows; a malformed row (wrong number of cells, a
 * stray quote) becomes a problem naming its line rather than an exception.
 */
export function readCsv(root: string, file: string, columns: {required: readonly string[]; optional: readonly string[]}, problems: Problems): CsvRow[] {
  const text = readFileSync(join(root, file), "utf8");
  let records: {record: Record<string, string>; info: {lines: number}; raw: string}[];
  try {
    records = parse(text, {columns: true, info: true, raw: true, skip_empty_lines: true, bom: true, trim: true});
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & {lines?: number}).lines;
    const fix = error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" || error.code === "CSV_RECORD_INCONSISTENT_COLUMNS"
      ? "every row needs one cell per header column; put a cell that contains a comma inside double quotes"
      : "check the double quotes on this line: a quoted cell must start and end with \", and a \" inside it is written \"\"";
    problems.add({file, ...(line ? {line} : {}), message: `this row cannot be read: ${error.message.replace(/^Invalid Record Length: /, "").replace(/ on line \d+$/, "")}`, fix});
    return [];
  }
  const header = Object.keys(records[0]?.record ?? {});
  const allowed = new Set([...columns.required, ...columns.optional]);
  const missing = columns.required.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !allowed.has(name));
  if (missing.length) problems.add({file, line: 1, message: `the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`, fix: `the first line must name the columns ${[...columns.required].join(",")}`});
  if (unknown.length) problems.add({file, line: 1, message: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`, fix: `use only ${[...allowed].join(", ")}`});
  if (missing.length || unknown.length) return [];
  // csv-parse counts the line a record ends on; an editor looks for the line it starts on.
  return records.map(({record, info, raw}) => ({line: info.lines - (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith("\n") ? 1 : 0), cells: record}));
}
