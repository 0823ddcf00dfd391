import {csvFormatRows} from "d3";
import type {ChartModel} from "../charts/chart.ts";
import {absoluteLink} from "../lib/absoluteUrl.ts";

// A cell starting with one of these is run as a formula by Excel, LibreOffice and
// Google Sheets (CSV injection); a leading apostrophe makes it plain text.
const formulaStart = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** A chart's data as CSV: its table, with each linked cell's address in a column of its own. */
export function toCsv(spec: ChartModel): string {
  const {columns, rows} = spec.table;
  const linked = columns.filter((_, i) => rows.some((row) => row[i]?.href));
  const header = [...columns, ...linked.map((name) => `${name} link`)];
  const body = rows.map((row) => [
    ...row.map((cell) => cell.text),
    ...columns.flatMap((_, i) => (linked.includes(columns[i]!) ? [row[i]?.href ? absoluteLink(row[i]!.href!) : ""] : [])),
  ]);
  return `${csvFormatRows([header, ...body].map((row) => row.map(neutralise)))}\n`;
}
