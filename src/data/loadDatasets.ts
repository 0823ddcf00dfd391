import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Printed} from "../format/formatNumber.ts";
import {parseUnit, unitHelp, type Unit} from "../format/unit.ts";
import {locate} from "../lib/locate.ts";
import {parseJson} from "../lib/parseJson.ts";
import {Problems, type Problem} from "../lib/problem.ts";
import {notingAdds, ReadLog} from "../lib/readLog.ts";
import {resultMemo, resultsVersion} from "../lib/resultMemo.ts";
import {trackedPrints} from "./trackedData.ts";
import {stampOf} from "../lib/stampOf.ts";
import {readText} from "../lib/readText.ts";
import {didYouMean} from "../lib/suggest.ts";
import {dateLike, realDate} from "../lib/realDate.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import type {SiteSettings} from "../settings/settings.ts";
import {sourcesFile, type Source} from "../sources/loadSources.ts";
import {datasetMetaHelp, datasetMetaSchema, datasetsFolder, provenanceColumns, type Dataset, type DatasetColumn, type DatasetRow} from "./dataset.ts";
import {numberMentions} from "./numberMentions.ts";
import {checkRawRow} from "./rawCell.ts";
import {printedForm} from "./printedForm.ts";
import {readCsv} from "./readCsv.ts";
import {verifyQuote} from "./verifyQuote.ts";

const plainNumber = /^-?\d+(\.\d+)?$/;
/** A plain number's value; "-0" is 0, as the copy kept on disk (JSON has no -0) would give it. */
const plainValue = (text: string) => Number(text) + 0;
/** The years a quote names ("in 2018", "2015-2020"): four digits from 1500 to 2099 standing alone. */
const quoteYears = (quote: string) => [...quote.matchAll(/(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,.]\d)/g)].map((m) => m[1]!);
const timeName = /year|date|month|day|period|quarter|week|time/i;
const provenance = new Set<string>([...provenanceColumns.required, ...provenanceColumns.optional]);


/** A column's kind: as declared, else from its cells (years and dates in a column named like a time, numbers, text). */
function inferType(name: string, cells: string[], declared?: DatasetColumn["type"]): DatasetColumn["type"] {
  if (declared) return declared;
  if (cells.length && cells.every((c) => dateLike.test(c)) && (timeName.test(name) || cells.some((c) => c.includes("-")))) return "date";
  // A column named like a time whose cells are mostly dates is one: its odd cells ("2O21", "99999") are reported, not hidden as text.
  if (timeName.test(name) && cells.filter((c) => dateLike.test(c)).length * 2 >= cells.length && cells.length) return "date";
  if (cells.length && cells.every((c) => plainNumber.test(c))) return "number";
  return "text";
}

/**
 * Reads every table in data/datasets/, checks its cells (kinds, empty cells,
 * repeated keys, real dates) and checks each row's numbers against the quote it
 * gives, as figures are checked. Every problem names the file, line and column.
 */
export function loadDatasets(root: string, settings: SiteSettings, sources: ReadonlyMap<string, Source>, problems: Problems, broken: Set<string>): Map<string, Dataset> {
  const datasets = new Map<string, Dataset>();
  const folder = join(root, datasetsFolder);
  if (!existsSync(folder)) return datasets;
  const settingsKey = `${JSON.stringify(settings)} ${resultsVersion()}`;
  for (const fileName of readdirSync(folder).filter((n) => n.endsWith(".csv")).sort()) {
    const name = fileName.replace(/\.csv$/, "");
    const file = `${datasetsFolder}/${fileName}`;
    // A dataset whose files, the site's settings and the sources and broken ids it looked at are
    // all as they were when it was last loaded (in this process, or by an earlier check or build)
    // is not read and checked again.
    const path = join(root, file);
    const stamp = `${stampOf(path)} ${stampOf(join(root, `${datasetsFolder}/${name}.json`))} ${settingsKey}`;
    const kept = memo(root).get(path, stamp, {sources, broken});
    if (kept) {
      problems.list.push(...kept.problems);
      for (const id of kept.added) broken.add(id);
      if (kept.dataset) datasets.set(name, kept.dataset);
      continue;
    }
    const reads = new ReadLog();
    const own = new Problems();
    const added = new Set<string>();
    const dataset = loadDataset(root, fileName, settings, reads.map("sources", sources, trackedPrints.sources!), own, notingAdds(reads.set("broken", broken), added));
    memo(root).set(path, stamp, reads, {problems: own.list, added: [...added], dataset});
    problems.list.push(...own.list);
    if (dataset) datasets.set(name, dataset);
  }
  return datasets;
}

interface Loaded {
  problems: Problem[];
  /** Ids it found broken, to mark again when it is reused. */
  added: string[];
  dataset?: Dataset;
}
const memo = (root: string) => resultMemo<Loaded>(root, "datasets");

/** One table of data/datasets/ read and checked, or undefined when it cannot be used (its problems say why). */
function loadDataset(root: string, fileName: string, settings: SiteSettings, sources: ReadonlyMap<string, Source>, problems: Problems, broken: Set<string>): Dataset | undefined {
  const name = fileName.replace(/\.csv$/, "");
  const file = `${datasetsFolder}/${fileName}`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    problems.add({file, message: `the file name "${fileName}" cannot be a dataset name`, fix: "name datasets in lower-case words joined by hyphens, e.g. bus-journeys.csv"});
    broken.add(file);
    return undefined;
  }
  const before = problems.size;
  const meta = readMeta(root, `${datasetsFolder}/${name}.json`, problems);
  // Without its description the rows cannot be read rightly (units, columns of a data file): its problem comes first.
  if (meta.failed) {
    broken.add(file);
    return undefined;
  }
  const rows = readCsv(root, file, {...provenanceColumns, open: true}, problems, broken);
  const header = rows[0] ? Object.keys(rows[0].cells) : [];
  if (!rows.length) {
    if (problems.size === before) problems.add({file, line: 2, message: "the dataset has no rows", fix: "add a row under the header for each value, with its source and quote"});
    broken.add(file);
    return undefined;
  }
  const names = header.filter((column) => !provenance.has(column));
  for (const declared of Object.keys(meta.columns)) {
    if (!names.includes(declared)) {
      const guess = didYouMean(declared, names);
      problems.add({file: `${datasetsFolder}/${name}.json`, ...meta.where(["columns", declared]), message: `there is no column "${declared}" in ${file}`, fix: guess ? `${guess} The columns are: ${names.join(", ")}` : `describe one of its columns: ${names.join(", ")}`});
    }
  }
  const columns: DatasetColumn[] = names.map((column) => {
    const declared = meta.columns[column];
    const cells = rows.map((row) => row.cells[column]!).filter(Boolean);
    const type = declared?.unit ? "number" : inferType(column, cells, declared?.type);
    let unit: Unit | undefined;
    if (type === "number") {
      unit = parseUnit(declared?.unit ?? "count", settings.currency);
      if (!unit) problems.add({file: `${datasetsFolder}/${name}.json`, ...meta.where(["columns", column, "unit"]), message: `unit "${declared?.unit}" is not a unit this site knows`, fix: `use ${unitHelp}`});
    }
    return {name: column, type, ...(unit && {unit}), ...(declared?.description && {description: declared.description}), ...(declared?.label && {label: declared.label})};
  });
  const key = meta.key ?? columns.filter((c) => c.type !== "number").map((c) => c.name);
  for (const column of meta.key ?? []) {
    if (!names.includes(column)) problems.add({file: `${datasetsFolder}/${name}.json`, ...meta.where(["key"]), message: `key names "${column}", which is not a column of ${file}`, fix: `use columns of the dataset: ${names.join(", ")}`});
  }
  // For rows from a data file: which of its columns each of this dataset's columns is read from.
  const rawNumbers = columns.filter((c) => c.type === "number").map((c) => ({name: c.name, from: meta.columns[c.name]?.from ?? c.name, factor: meta.columns[c.name]?.factor ?? 1}));
  const rawOthers = columns.filter((c) => c.type !== "number").map((c) => ({name: c.name, from: meta.columns[c.name]?.from}));
  const seen = new Map<string, number>();
  const checked = new Map<string, boolean>();
  const parsed = rows.flatMap(({line, cells, columns: at}): DatasetRow[] => {
    const cell = (column: string) => ({file, line, column: at[column]});
    let ok = true;
    const report = (column: string, message: string, fix: string) => {
      problems.add({...cell(column), message, fix});
      ok = false;
    };
    for (const column of [...columns.map((c) => c.name), ...provenanceColumns.required]) {
      if (!cells[column]) report(column, `the cell "${column}" is empty`, column === "quote" ? "copy the words of the source that state this row's values" : column === "source" ? "give the id of the source in data/sources.json" : `fill it in: every row needs a value for ${column}`);
    }
    if (!ok) return [];
    // A row from a data file names its row there; the file's cells state its numbers.
    const source = sources.get(cells.source!);
    // A source whose registry entry (or the whole registry) has a problem: that problem is the one to fix first.
    if (!source && (broken.has(cells.source!) || broken.has(sourcesFile))) {
      broken.add(file);
      return [];
    }
    const raw = source?.table
      ? checkRawRow(source.table, `seeds/${source.file}`, cells.quote!, rawNumbers, cells, source.locale ?? settings.locale, rawOthers)
      : undefined;
    for (const problem of raw?.problems ?? []) report(problem.column, problem.message, problem.fix);
    // The quote is checked once however many rows give it.
    const quoteKey = `${cells.source}\n${cells.quote}`;
    if (!raw && !checked.has(quoteKey)) {
      const problem = verifyQuote(sources, {file, line}, cells.source!, cells.quote!, broken);
      if (problem) problems.add({...problem, column: at.quote});
      checked.set(quoteKey, !problem);
    }
    const mentions = raw ? [] : numberMentions(cells.quote!, source?.locale ?? settings.locale);
    const years = raw ? [] : quoteYears(cells.quote!);
    const values: Record<string, number> = {};
    const printed: Record<string, Printed> = {};
    for (const column of columns) {
      const text = cells[column.name]!;
      if (column.type === "date" && !realDate(text)) {
        report(column.name, `${column.name} "${text}" is not a date`, "write a year (2024), a year and month (2024-03) or a day (2024-03-31)");
      } else if (column.type === "date" && years.length && !years.includes(text.slice(0, 4))) {
        // A quote that dates its number must date it to the row's year: "32.4 million in 2018" is not 2019's.
        report(column.name, `${column.name} ${text} is not a year the quote gives ("${cells.quote}")`, `make ${column.name} the quote's year (${years.join(" or ")}), or quote the words that date this row`);
      } else if (column.type === "number") {
        if (!plainNumber.test(text)) {
          report(column.name, `${column.name} "${text}" is not a plain number`, "write digits only, such as 35800000 or 1.60: no commas, spaces, symbols or words");
          continue;
        }
        if (raw) {
          if (raw.printed[column.name]) (values[column.name] = plainValue(text)), (printed[column.name] = raw.printed[column.name]!);
          continue;
        }
        const form = printedForm(text, mentions);
        if (!form.printed) {
          report(column.name, `${column.name} ${text} is not a number the quote states ("${cells.quote}")`, form.near ? `the quote says ${form.near.base} at a larger scale: write the whole number, ${form.near.value}` : `make ${column.name} match the quote, or quote the words that give ${text}`);
          continue;
        }
        values[column.name] = plainValue(text);
        printed[column.name] = form.printed;
      }
    }
    const id = key.map((column) => cells[column]).join(" · ");
    if (key.length && seen.has(id)) {
      report(key[0]!, `this row repeats ${key.join(" and ")} ${id} of line ${seen.get(id)}`, `each ${key.join(" and ")} appears once; merge the rows or correct one`);
    } else seen.set(id, line);
    return ok ? [{line, cells, values, printed, source: cells.source!, quote: cells.quote!, ...(raw?.line && {rawLine: raw.line}), ...(cells.note && {note: cells.note})}] : [];
  });
  if (problems.size > before) broken.add(file);
  return {name, file, ...(meta.description && {description: meta.description}), columns, key, rows: parsed};
}

/** data/datasets/<name>.json, when there is one; otherwise nothing declared. */
function readMeta(root: string, file: string, problems: Problems): {description?: string; key?: string[]; columns: Record<string, {unit?: string; type?: DatasetColumn["type"]; description?: string; label?: string; from?: string; factor?: number}>; where: (path: readonly PropertyKey[]) => {line: number; column: number}; failed?: boolean} {
  const none = {columns: {}, where: () => ({line: 1, column: 1})};
  const failed = {...none, failed: true};
  if (!existsSync(join(root, file))) return none;
  const text = readText(root, file, problems);
  if (text === undefined) return failed;
  const {json, problem} = parseJson(text, file);
  if (problem) {
    problems.add(problem);
    return failed;
  }
  const where = (path: readonly PropertyKey[]) => locate(text, path);
  const parsed = datasetMetaSchema.safeParse(json, {reportInput: true});
  if (!parsed.success) {
    problems.list.push(...zodProblems(parsed.error, json, file, where, datasetMetaHelp, Object.keys(datasetMetaSchema.shape)));
    return failed;
  }
  return {...parsed.data, where};
}
