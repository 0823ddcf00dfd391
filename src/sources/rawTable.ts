import {csvParseRows} from "d3";

/** A source that is itself a data file: a statistics office's CSV, kept verbatim in seeds/. */
export interface RawTable {
  /** The header row's cells, trimmed. */
  header: string[];
  /** Each row under the header, with the line of the file it starts on. */
  rows: {line: number; cells: string[]}[];
  /** What the publisher wrote above the header: a title, units, notes. */
  preamble: string[];
}

/** The line each record of a CSV text starts on (a quoted cell may hold line breaks). */
function recordLines(text: string): number[] {
  const lines = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === "\n") {
      line++;
      if (!quoted && i < text.length - 1) lines.push(line);
    }
  }
  return lines;
}

/** A data file's records, and the line each starts on, whatever its byte-order mark and line ends. */
function parseRecords(text: string): {records: string[][]; lines: number[]} {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return {records: csvParseRows(body), lines: recordLines(body)};
}

/**
 * Reads a raw CSV as its publisher wrote it: the header on `headerRow` (a
 * statistics office often puts a title and notes above it), the rows beneath,
 * blank rows and rows after a fully blank line's footnotes kept with their
 * lines so a check can point at any cell.
 */
export function rawTable(text: string, headerRow = 1): RawTable | {problem: string} {
  const {records, lines} = parseRecords(text);
  const at = lines.indexOf(headerRow);
  if (at < 0 || !records[at]?.some((cell) => cell.trim())) return {problem: `line ${headerRow} of the file is not a header row`};
  const header = records[at]!.map((cell) => cell.trim());
  const rows = records.slice(at + 1).map((cells, index) => ({line: lines[at + 1 + index]!, cells: cells.map((cell) => cell.trim())})).filter((row) => row.cells.some(Boolean));
  const preamble = records.slice(0, at).map((cells) => cells.filter(Boolean).join(" ").trim()).filter(Boolean);
  return {header, rows, preamble};
}

/**
 * The line of a data file's header row, as a publisher lays it out: the first
 * row with as many cells as most of the file's rows (a title or a note above
 * it has fewer).
 */
export function guessHeaderRow(text: string): number {
  const {records, lines} = parseRecords(text);
  const counts = new Map<number, number>();
  for (const record of records) {
    const filled = record.filter((cell) => cell.trim()).length;
    if (filled) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  }
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const at = records.findIndex((record) => record.length === usual && record.every((cell) => cell.trim()));
  return at >= 0 ? lines[at]! : 1;
}
