import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Problems} from "../lib/problem.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import type {Printed} from "../format/formatNumber.ts";
import {parseUnit, unitHelp} from "../format/unit.ts";
import type {SiteSettings} from "../settings/settings.ts";
import type {Source} from "../sources/loadSources.ts";
import {factColumns, factHelp, factRowSchema, qualifierWords, type Fact} from "./fact.ts";
import {numberMentions} from "./numberMentions.ts";
import {printedForm} from "./printedForm.ts";
import {readCsv} from "./readCsv.ts";
import {verifyQuote} from "./verifyQuote.ts";

export const factsFolder = "data/facts";

const scaleNames: Record<number, string> = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"};

/** Reads every CSV in data/facts/, one figure a row, and verifies each against its source. */
export function loadFacts(root: string, settings: SiteSettings, sources: ReadonlyMap<string, Source>, problems: Problems, broken: Set<string>): Fact[] {
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
      const unit = parseUnit(row.unit, settings.currency);
      if (!unit) {
        problems.add({file, line, message: `unit "${row.unit}" is not a unit this site knows`, fix: `use ${unitHelp}`});
        broken.add(row.id);
        return [];
      }
      // The quote is read as its source writes numbers (1,60 in a German article).
      const readAs = sources.get(row.source)?.locale ?? settings.locale;
      const mentions = numberMentions(row.quote, readAs);
      const printedAs = (column: "value" | "value_to", text: string): Printed => {
        const {printed, near} = printedForm(text, mentions);
        if (printed) return printed;
        problems.add(near
          ? {file, line, message: `${column} ${text} is “${near.base} ${scaleNames[near.scale]}” in the quote`, fix: `write the whole number, ${near.value}, without commas; pages print it as the source does`}
          : printedForm(text, numberMentions(row.quote, "en")).printed && !readAs.startsWith("en")
            // It is there, written the English way: the source needs its own locale.
            ? {file, line, message: `${column} ${text} is not a number the quote states when read as ${readAs} writes numbers ("${row.quote}")`, fix: `if the article writes numbers the English way, give source ${row.source} "locale": "en-GB" (or en-US) in data/sources.json`}
            : {file, line, message: `${column} ${text} is not a number the quote states ("${row.quote}")`, fix: `make ${column} match the quote, or quote the words that give ${text}`});
        return {decimals: 0, scale: 0};
      };
      const fact: Fact = {
        kind: "fact", id: row.id, label: row.label, value: Number(row.value), unit, printed: printedAs("value", row.value), source: row.source, quote: row.quote, file, line,
        ...(row.value_to !== undefined && {valueTo: Number(row.value_to), printedTo: printedAs("value_to", row.value_to)}),
        ...(row.qualifier && {qualifier: row.qualifier}),
        ...(row.note && {note: row.note}),
      };
      // A row whose quote fails is still returned: the problem stops the build,
      // and prose or charts that cite it are not reported a second time.
      const quoteProblem = verifyQuote(sources, {file, line}, row.source, row.quote, broken);
      if (quoteProblem) problems.add(quoteProblem);
      const words = row.qualifier ? qualifierWords[row.qualifier] : [];
      if (row.qualifier && !words.some((word) => new RegExp(`\\b${word}\\b`, "i").test(row.quote))) {
        problems.add({file, line, message: `qualifier ${row.qualifier} is not in the quote ("${row.quote}")`, fix: `quote the words that say ${words.map((w) => `"${w}"`).join(" or ")}, or empty the qualifier if the source states the figure exactly`});
      }
      if (fact.valueTo !== undefined && fact.valueTo <= fact.value) {
        problems.add({file, line, message: `value_to ${row.value_to} is not above value ${row.value}`, fix: "a range goes from the low value to the high value_to"});
      }
      return [fact];
    });
  });
}
