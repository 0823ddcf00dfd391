import {join} from "node:path";
import {trackedPrints} from "../data/trackedData.ts";
import {codeVersion} from "./codeVersion.ts";
import {DiskMemo} from "./diskMemo.ts";

/** Where loads keep their results between processes, inside the project like the render cache. */
export const resultsFolder = ".astro/results";

const memos = new Map<string, DiskMemo<unknown>>();

/** Results that never last beyond the process: CHART_CACHE=off builds everything afresh. */
const nothingKept: Pick<DiskMemo<unknown>, "get" | "set"> = {get: () => undefined, set: () => undefined};

/**
 * The results of one kind of load (datasets, stories) of the project at
 * `root`, kept in .astro/results/<kind>/ (unless CHART_CACHE=off), each with
 * the log of what it read from the site's collections (trackedData's prints).
 */
export function resultMemo<T>(root: string, kind: string): Pick<DiskMemo<T>, "get" | "set"> {
  if (process.env.CHART_CACHE === "off") return nothingKept as Pick<DiskMemo<T>, "get" | "set">;
  const folder = join(root, resultsFolder, kind);
  let memo = memos.get(folder);
  if (!memo) memos.set(folder, (memo = new DiskMemo(folder, trackedPrints)));
  return memo as DiskMemo<T>;
}

/** The version of the code that makes results: all of src/, every dependency's version (package-lock.json) and Node's. */
export function resultsVersion(): string {
  // Node's own version too: Intl's number formats and Unicode's tables come with it.
  return `${codeVersion([""], ["package-lock.json"])} ${process.version}`;
}
