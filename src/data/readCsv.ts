import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parse, CsvError} from "csv-parse/sync";
import type {Problems} from "../lib/problem.ts";
import {readText} from "../lib/readText.ts";

/** A CSV record with the line it starts on, for error messages. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  /** The 1-based character column each cell starts at on its line, by column name. */
  columns: Record<string, number>;
}

/** The columns a kind of file must and may have; `open` allows any others too (datasets). */
export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
  open?: boolean;
}

/** Where each cell of a raw record starts, as 1-based columns of its first line (a cell after a line break inside quotes gets its offset past that break). */
function cellStarts(raw: string): number[] {
  const starts = [1];
  let quoted = false;
  let column = 1;
  for (const char of raw.replace(/^(\r?\n)+/, "")) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) starts.push(column + 1);
    else if (char === "\n" && !quoted) break;
    column = char === "\n" ? 1 : column + 1;
  }
  return starts;
}

/**
 * Reads a CSV file with a header row. Checks the header against the columns the
 * file's kind requires and allows; a malformed row (wrong number of cells, a
 * stray quote) becomes a problem naming its line rather than an exception.
 */
/**
 * The line on which a quoted cell opens that never closes, or closes with text
 * after it: the parser only notices lines later, where the next quote is.
 */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' && cellStart) {
      const openedOn = line;
      // Inside the quoted cell: "" is a quote in the text; a lone " ends it.
      for (i++; i < text.length; i++) {
        if (text[i] === "\n") line++;
        if (text[i] !== '"') continue;
        if (text[i + 1] === '"') i++;
        else break;
      }
      if (i >= text.length) return openedOn;
      const after = text[i + 1];
      if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") return openedOn;
      cellStart = false;
      continue;
    }
    if (char === "\n") line++;
    cellStart = char === "," || char === "\n" || (cellStart && (char === " " || char === "\r"));
  }
  return undefined;
}

/**
 * A file that cannot be read loses its rows until it reads again: the file and
 * the ids its lines start with are remembered, so what cites them is not
 * reported too (its own problem says what to fix).
 */
function rememberUnreadable(file: string, text: string, broken?: Set<string>): void {
  broken?.add(file);
  const lines = text.split(/\r?\n/);
  const idColumn = lines[0]!.split(",").indexOf("id");
  if (idColumn >= 0) for (const row of lines.slice(1)) broken?.add(row.split(",")[idColumn]?.trim() ?? "");
}

export function readCsv(root: string, file: string, columns: CsvColumns, problems: Problems, broken?: Set<string>): CsvRow[] {
  const text = readText(root, file, problems);
  if (text === undefined) {
    // The ids in it are known even so (read as Latin-1).
    rememberUnreadable(file, readFileSync(join(root, file), "latin1"), broken);
    return [];
  }
  let records: {record: string[]; info: {bytes: number}; raw: string}[];
  try {
    records = parse(text, {info: true, raw: true, skip_empty_lines: true, bom: true, trim: true, relax_column_count: true}) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // An unclosed quote is only noticed at the end of the file; report the line it opens on.
    const opened = unclosedQuoteLine(text);
    const line = opened ?? (error as CsvError & {lines?: number}).lines;
    const plain: Record<string, string> = {
      CSV_INVALID_CLOSING_QUOTE: "a double quote sits inside a cell that is not wrapped in double quotes",
      INVALID_OPENING_QUOTE: "a double quote sits inside a cell that is not wrapped in double quotes",
      CSV_QUOTE_NOT_CLOSED: "a cell opens with a double quote that is never closed",
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "there is text after the closing double quote of a cell",
    };
    problems.add({
      file, ...(line ? {line} : {}),
      message: `this line stops the whole file being read: ${opened ? "a cell opens with a double quote that is not closed where it should be" : plain[error.code] ?? error.message.replace(/ at line \d+.*$/, "")}`,
      fix: "wrap a cell that contains a comma or a double quote in double quotes, and write each double quote inside it twice (\"\")",
    });
    rememberUnreadable(file, text, broken);
    return [];
  }
  const [head, ...body] = records;
  const header = head?.record ?? [];
  const allowed = new Set([...columns.required, ...columns.optional]);
  const missing = columns.required.filter((name) => !header.includes(name));
  const unknown = columns.open ? [] : header.filter((name) => !allowed.has(name));
  if (missing.length) problems.add({file, line: 1, message: `the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`, fix: `the first line must name the columns ${[...columns.required].join(",")}`});
  if (unknown.length) problems.add({file, line: 1, message: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}`, fix: `use only ${[...allowed].join(", ")}`});
  if (missing.length || unknown.length) return [];
  // Lines are counted as the records go by, from where the last one stopped: linear in the file's size.
  const bytes = Buffer.from(text, "utf8");
  let counted = 0;
  let countedTo = 0;
  return body.flatMap(({record, info, raw}) => {
    // The line a record starts on: the newlines before its first byte, plus blank lines csv-parse counted into it.
    const start = info.bytes - Buffer.byteLength(raw);
    for (let at = bytes.indexOf(10, countedTo); at !== -1 && at < start; at = bytes.indexOf(10, at + 1)) counted++;
    countedTo = start;
    const line = counted + 1 + leadingNewlines(raw);
    if (record.length !== header.length) {
      // Only this row is lost; its id is remembered so rows citing it are not reported again.
      const id = record[header.indexOf("id")];
      if (id) broken?.add(id);
      problems.add({file, line, message: `this row has ${record.length} cells but the header has ${header.length} columns`, fix: "every row needs one cell per header column, empty ones included; put a cell that contains a comma inside double quotes"});
      return [];
    }
    const starts = cellStarts(raw);
    return [{line, cells: Object.fromEntries(header.map((name, index) => [name, record[index]!])), columns: Object.fromEntries(header.map((name, index) => [name, starts[index] ?? 1]))}];
  });
}

/** Blank lines csv-parse counted into a record's raw text ahead of it. */
function leadingNewlines(raw: string): number {
  return raw.match(/^(\r?\n)*/)![0].split("\n").length - 1;
}
