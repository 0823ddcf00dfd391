import type {Dataset, DatasetColumn, DatasetRow} from "../data/dataset.ts";
import type {Data} from "../data/loadData.ts";
import {formatValue} from "../format/formatNumber.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";
import {lazyTable, type ChartCitation, type ChartModel, type SpecProblem, type TableCell} from "./chart.ts";

/** What the `data` field of a dataset chart takes, in an editor's words. */
export const dataHelp = 'the name of a table in data/datasets/, e.g. "bus-journeys"';

/**
 * A problem for each highlighted value the chart does not have: not in the
 * column it draws from, or (with `series`) not one of its series; the fix
 * lists what there is.
 */
export function unknownHighlights(highlight: readonly string[], values: readonly string[], column: string, {series = false} = {}): SpecProblem[] {
  return highlight.filter((value) => !values.includes(value)).map((value) => (series
    ? {field: "highlight", message: `highlight names "${value}", which is not a series of the chart`, fix: `use series from the ${column} column: ${values.join(", ")}`}
    : {field: "highlight", message: `highlight names "${value}", which is not in the ${column} column`, fix: `use values of ${column}: ${values.join(", ")}`}));
}

/** "bus-journeys", "bus-journeys.csv" and "data/datasets/bus-journeys.csv" all name one dataset. */
export const datasetName = (value: string) => value.replace(/^data\/datasets\/|\.csv$/g, "");

/**
 * Checks that each field a spec gives names a column of its dataset, of a kind
 * the chart can use; a problem lists the columns there are.
 */
export function checkColumns(dataset: Dataset, wanted: Record<string, {column?: string; kinds: DatasetColumn["type"][]}>): SpecProblem[] {
  const list = dataset.columns.map((c) => `${c.name} (${c.type})`).join(", ");
  return Object.entries(wanted).flatMap(([field, {column, kinds}]): SpecProblem[] => {
    if (column === undefined) return [];
    const found = dataset.columns.find((c) => c.name === column);
    if (!found) return [{field, message: `${field} names "${column}", which is not a column of ${dataset.file}`, fix: `use one of its columns: ${list}`}];
    if (!kinds.includes(found.type)) return [{field, message: `${field} "${column}" is a ${found.type} column; ${field} needs ${kinds.join(" or ")}`, fix: `use one of: ${dataset.columns.filter((c) => kinds.includes(c.type)).map((c) => c.name).join(", ") || "(none in this dataset)"}`}];
    return [];
  });
}

/** A column's name as readers see it: its label from the dataset's .json, or its name with a capital. */
export function columnLabel(dataset: Dataset, column: string): string {
  return dataset.columns.find((c) => c.name === column)?.label ?? column.charAt(0).toUpperCase() + column.slice(1).replaceAll("_", " ");
}

/** A number cell as the page prints it: in the site's locale, as the row's quote writes it. */
export function cellText(data: Data, dataset: Dataset, row: DatasetRow, column: string): string {
  const unit = dataset.columns.find((c) => c.name === column)?.unit;
  const value = row.values[column];
  return unit && value !== undefined ? formatValue(value, unit, row.printed[column]!, data.settings) : row.cells[column]!;
}

/** A dataset chart's table: the columns it shows, then each row's source and quote, linked to the passage. */
export function datasetTable(data: Data, dataset: Dataset, rows: readonly DatasetRow[], columns: readonly string[]): ChartModel["table"] {
  return lazyTable(() => ({
    columns: [...columns.map((c) => columnLabel(dataset, c)), "Source", "Quote"],
    rows: rows.map((row): TableCell[] => [
      ...columns.map((column) => ({text: cellText(data, dataset, row, column), ...(row.values[column] !== undefined && {numeric: true})})),
      {text: data.sources.get(row.source)?.outlet ?? row.source, href: sourceHref(row.source)},
      row.rawLine !== undefined
        ? {text: `Line ${row.rawLine} of ${data.sources.get(row.source)?.file ?? row.source}: ${row.quote}`, href: `${sourceHref(row.source)}#row-${row.rawLine}`}
        : {text: `“${row.quote}”`, href: sourceHref(row.source, row.quote)},
    ]),
  }));
}

/** Each source quote the rows rest on, once. */
export function datasetCitations(rows: readonly DatasetRow[]): ChartCitation[] {
  const seen = new Map<string, ChartCitation>();
  for (const {source, quote} of rows) seen.set(`${source}\n${quote}`, {source, quote});
  return [...seen.values()];
}
