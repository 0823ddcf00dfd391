import {join} from "node:path";
import {trackedPrints} from "../data/trackedData.ts";
import {codeVersion} from "./codeVersion.ts";
import {DiskMemo, resultCheck} from "./diskMemo.ts";
import {packText, unpackText} from "./packedText.ts";
import {processShared} from "./processShared.ts";
import type {ReadLog} from "./readLog.ts";

/** Where loads keep their results between processes, inside the project like the render cache. */
export const resultsFolder = ".astro/results";

type Collections = Parameters<ReadLog["holds"]>[0];

/** The results of one kind of load, by the path of the file each was made from. */
export interface Results<T> {
  /** The result made for `id` under `key`, while everything it read is as it was in `now`. */
  get(id: string, key: string, now: Collections): T | undefined;
  /** Keeps `value`, made for `id` under `key`, with the log of what it read. */
  set(id: string, key: string, reads: ReadLog, value: T): void;
  /**
   * A digest of the result `get` would give (resultCheck: the same in any process), or undefined
   * where it gives none. Read from disk, the result is not read nor held: for a page's key, when
   * the page may be copied from the last build without it.
   */
  digest(id: string, key: string, now: Collections): string | undefined;
}

/** A result as this process holds it: with its value (held), or only its digest, read from disk for a key. */
interface Entry {
  key: string;
  reads: ReadLog;
  held?: {value: unknown};
  digest?: string;
}

const disks = new Map<string, DiskMemo<unknown>>();

/**
 * The results of one kind of load (datasets, stories) of the project at
 * `root`: in this process (the dev server's reload, a build's check and its
 * pages, which share one load), and in .astro/results/<kind>/ for the next
 * process (unless CHART_CACHE=off), each with the log of what it read from the
 * site's collections (trackedData's prints). With `packed`, for results held
 * by the thousand and read once or twice (an embed page's figure), each is
 * held in memory as deflated JSON.
 */
export function resultMemo<T>(root: string, kind: string, {packed = false} = {}): Results<T> {
  // Shared by both copies of this code in a build (the check's and the pages' bundle).
  const memory = processShared(`results.${kind}`, () => new Map<string, Entry>());
  const hold = (value: unknown) => (packed ? packText(JSON.stringify(value)) : value);
  const unhold = (held: unknown) => (packed ? (JSON.parse(unpackText(held as Uint8Array)) as unknown) : held);
  const folder = join(root, resultsFolder, kind);
  let disk = disks.get(folder);
  if (!disk && process.env.CHART_CACHE !== "off") disks.set(folder, (disk = new DiskMemo(folder, trackedPrints)));
  const current = (id: string, key: string, now: Collections) => {
    const last = memory.get(id);
    return last && last.key === key && last.reads.holds(now) ? last : undefined;
  };
  return {
    get(id, key, now) {
      const last = current(id, key, now);
      if (last?.held) return unhold(last.held.value) as T;
      const kept = disk?.get(id, key, now);
      if (kept) memory.set(id, {key, reads: kept.reads, held: {value: hold(kept.value)}, digest: kept.check});
      return kept?.value as T | undefined;
    },
    set(id, key, reads, value) {
      memory.set(id, {key, reads, held: {value: hold(value)}});
      disk?.set(id, key, reads, value);
    },
    digest(id, key, now) {
      const last = current(id, key, now);
      if (last) {
        if (last.digest === undefined && last.held) last.digest = resultCheck(unhold(last.held.value));
        return last.digest;
      }
      const kept = disk?.check(id, key, now);
      if (kept) memory.set(id, {key, reads: kept.reads, digest: kept.check});
      return kept?.check;
    },
  };
}

/** The version of the code that makes results: all of src/, every dependency's version (package-lock.json) and Node's. */
export function resultsVersion(): string {
  // Node's own version too: Intl's number formats and Unicode's tables come with it.
  return `${codeVersion([""], ["package-lock.json"])} ${process.version}`;
}
