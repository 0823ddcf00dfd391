import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Problems} from "../lib/problem.ts";
import type {SiteSettings} from "../settings/settings.ts";
import {didYouMean} from "../lib/suggest.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import {deriveShare, derivedColumns, derivedHelp, derivedRowSchema, type DerivedFigure} from "./derived.ts";
import type {Fact} from "./fact.ts";
import {readCsv} from "./readCsv.ts";

export const derivedFile = "data/derived.csv";

/** Reads data/derived.csv: shares computed from cited counts. */
export function loadDerived(root: string, settings: SiteSettings, facts: ReadonlyMap<string, Fact>, problems: Problems, broken: Set<string>): DerivedFigure[] {
  if (!existsSync(join(root, derivedFile))) return [];
  return readCsv(root, derivedFile, derivedColumns, problems, broken).flatMap(({line, cells}): DerivedFigure[] => {
    const parsed = derivedRowSchema.safeParse(cells, {reportInput: true});
    if (!parsed.success) {
      problems.list.push(...zodProblems(parsed.error, cells, derivedFile, () => ({line}), derivedHelp, derivedColumns.required));
      if (cells.id) broken.add(cells.id);
      return [];
    }
    const row = parsed.data;
    const lookup = (column: string, id: string | undefined): Fact | undefined => {
      if (id === undefined) return undefined;
      const fact = facts.get(id);
      if (!fact && !broken.has(id)) {
        const guess = didYouMean(id, [...facts.keys()]);
        problems.add({file: derivedFile, line, message: `${column} "${id}" is not a figure in data/facts/`, fix: guess || "use the id of a row in data/facts/"});
      }
      return fact;
    };
    const numerator = lookup("numerator", row.numerator);
    const denominator = lookup("denominator", row.denominator);
    const printed = lookup("printed", row.printed);
    if (!numerator || !denominator || (row.printed && !printed)) {
      broken.add(row.id);
      return [];
    }
    if (denominator.value === 0) {
      problems.add({file: derivedFile, line, message: `the denominator "${denominator.id}" is zero`, fix: "a share needs a count above zero below the line"});
      return [];
    }
    return [{
      kind: "derived", id: row.id, label: row.label, unit: {kind: "percent"}, decimals: row.decimals, numerator, denominator, file: derivedFile, line,
      ...deriveShare(numerator, denominator, row.decimals, printed, settings),
      ...(printed && {printed}),
      ...(row.note && {note: row.note}),
    }];
  });
}
