import type {Problem} from "../lib/problem.ts";
import {didYouMean} from "../lib/suggest.ts";
import {sourcesFile, type Source} from "../sources/loadSources.ts";
import {containsQuote, nearestPassage} from "./quoteMatch.ts";

/**
 * Checks that a quote is in the cleaned text of its source. Returns the problem
 * to report, naming the file, the row and the missing quote, or undefined.
 */
export function verifyQuote(sources: ReadonlyMap<string, Source>, where: {file: string; line: number}, sourceId: string, quote: string, broken?: ReadonlySet<string>): Problem | undefined {
  const source = sources.get(sourceId);
  // The registry entry's own problem (or the whole registry's) is reported instead.
  if (!source && (broken?.has(sourceId) || broken?.has(sourcesFile))) return undefined;
  if (!source) {
    const guess = didYouMean(sourceId, [...sources.keys()]);
    return {...where, message: `unknown source "${sourceId}"`, fix: guess ? `${guess} Sources are listed in data/sources.json` : `use one of ${[...sources.keys()].join(", ")}, or register the article in data/sources.json`};
  }
  if (source.table) return {...where, message: `${sourceId} is a data file (seeds/${source.file}), which has no words to quote`, fix: "cite its cells from a dataset in data/datasets/, whose quote names the row (see the README: a source that is a data file)"};
  if (containsQuote(source.text, quote)) return undefined;
  const elsewhere = [...sources.values()].find((other) => other.id !== sourceId && containsQuote(other.text, quote));
  if (elsewhere) {
    return {...where, message: `the quote "${quote}" is not in ${source.outlet} (${sourceId}) but in ${elsewhere.outlet} (${elsewhere.id})`, fix: `cite source ${elsewhere.id} instead`};
  }
  const near = nearestPassage(source.text, quote);
  return {
    ...where,
    message: `the quote "${quote}" is not in ${source.outlet} (${sourceId})`,
    fix: near ? `copy the words exactly; the source reads "${near}"` : `copy the words exactly from seeds/${source.file}, or cite the source that says it`,
  };
}
