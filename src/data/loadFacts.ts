import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Problems} from "../lib/problem.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import type {Source} from "../sources/loadSources.ts";
import {factColumns, factHelp, factRowSchema, qualifierWords, type Fact} from "./fact.ts";
import {numbersInText} from "./numbersInText.ts";
import {readCsv} from "./readCsv.ts";
import {verifyQuote} from "./verifyQuote.ts";

export const factsFolder = "data/facts";

/** Reads every CSV in data/facts/, one figure a row, and verifies each against its source. */
export function loadFacts(root: string, sources: ReadonlyMap<string, Source>, problems: Problems, broken: Set<string>): Fact[] {
  if (!existsSync(join(root, factsFolder))) {
    problems.add({file: factsFolder, message: "the folder of figures is missing", fix: "restore data/facts/, one CSV file of figures per topic"});
    return [];
  }
  const files = readdirSync(join(root, factsFolder)).filter((name) => name.endsWith(".csv")).sort();
  return files.flatMap((name) => {
    const file = `${factsFolder}/${name}`;
    return readCsv(root, file, factColumns, problems, broken).flatMap(({line, cells}): Fact[] => {
      const parsed = factRowSchema.safeParse(cells, {reportInput: true});
      if (!parsed.success) {
        problems.list.push(...zodProblems(parsed.error, cells, file, () => ({line}), factHelp, factColumns.required));
        if (cells.id) broken.add(cells.id);
        return [];
      }
      const row = parsed.data;
      const fact: Fact = {
        kind: "fact", id: row.id, label: row.label, value: row.value, unit: row.unit, source: row.source, quote: row.quote, file, line,
        ...(row.value_to !== undefined && {valueTo: row.value_to}),
        ...(row.qualifier && {qualifier: row.qualifier}),
        ...(row.note && {note: row.note}),
      };
      // A row whose quote fails is still returned: the problem stops the build,
      // and prose or charts that cite it are not reported a second time.
      const quoteProblem = verifyQuote(sources, {file, line}, row.source, row.quote, broken);
      if (quoteProblem) problems.add(quoteProblem);
      const stated = numbersInText(row.quote);
      for (const [column, value] of [["value", row.value], ["value_to", row.value_to]] as const) {
        if (value !== undefined && !stated.has(value)) {
          problems.add({file, line, message: `${column} ${value} is not a number the quote states ("${row.quote}")`, fix: `make ${column} match the quote, or quote the words that give ${value}`});
        }
      }
      const words = row.qualifier ? qualifierWords[row.qualifier] : [];
      if (row.qualifier && !words.some((word) => new RegExp(`\\b${word}\\b`, "i").test(row.quote))) {
        problems.add({file, line, message: `qualifier ${row.qualifier} is not in the quote ("${row.quote}")`, fix: `quote the words that say ${words.map((w) => `"${w}"`).join(" or ")}, or empty the qualifier if the source states the figure exactly`});
      }
      if (row.value_to !== undefined && row.value_to <= row.value) {
        problems.add({file, line, message: `value_to ${row.value_to} is not above value ${row.value}`, fix: "a range goes from the low value to the high value_to"});
      }
      return [fact];
    });
  });
}
