import {csvFormatRows} from "d3";
import type {ChartModel} from "../charts/chart.ts";
import {absoluteLink} from "../lib/absoluteUrl.ts";
import {processShared} from "../lib/processShared.ts";

// A cell starting with one of these is run as a formula by Excel, LibreOffice and
// Google Sheets (CSV injection); a leading apostrophe makes it plain text.
const formulaStart = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Names made unique as a spreadsheet or a Table Schema needs them: a second "Source" becomes "Source (2)". */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name} (${n})`;
    seen.add(unique);
    return unique;
  });
}

// Written into the build (integration/chartFiles.ts) and described byte for byte by the data package
// (in the pages' bundle): each chart's CSV is made once per loaded site.
const made = processShared("chartCsvs", () => new WeakMap<ChartModel, string>());

/** A chart's data as CSV: its table, with each linked cell's address in a column of its own. */
export function toCsv(spec: ChartModel): string {
  let csv = made.get(spec);
  if (csv === undefined) made.set(spec, (csv = makeCsv(spec)));
  return csv;
}

function makeCsv(spec: ChartModel): string {
  const {columns, rows} = spec.table;
  // Columns are told apart by position: two may carry the same label.
  const linked = columns.flatMap((_, i) => (rows.some((row) => row[i]?.href) ? [i] : []));
  const header = uniqueNames([...columns, ...linked.map((i) => `${columns[i]} link`)]);
  const body = rows.map((row) => [...row.map((cell) => cell.text), ...linked.map((i) => (row[i]?.href ? absoluteLink(row[i]!.href!) : ""))]);
  return `${csvFormatRows([header, ...body].map((row) => row.map(neutralise)))}\n`;
}
