import {createHash} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {ReadLog, type Fingerprint, type SavedLog} from "./readLog.ts";
import {writeWholeLater} from "./writeWhole.ts";

type Collection = ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>;
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** The checksum an entry keeps of its result: the same for the same result in any process, so also a digest of it. */
export function resultCheck(value: unknown): string {
  return sha1(JSON.stringify(value));
}

/**
 * One kind of result (a dataset loaded and checked, a story rendered) kept on
 * disk, so a later process (the next `npm run check` or build) reuses it
 * instead of doing the work again. A result is reused only when it was made
 * under the same key (its files' stamps, the settings, the code's version)
 * and every value it read from the site's collections is as it was (its
 * ReadLog, kept beside it). An entry that is unreadable, for another key, or
 * whose contents no longer match their checksum is ignored, never served.
 */
export class DiskMemo<T> {
  private readonly folder: string;
  private readonly prints: Readonly<Record<string, Fingerprint>>;
  constructor(folder: string, prints: Readonly<Record<string, Fingerprint>>) {
    this.folder = folder;
    this.prints = prints;
  }

  private file(id: string): string {
    const name = sha1(id);
    return join(this.folder, name.slice(0, 2), `${name}.json`);
  }

  /** The result kept for `id`, if made under `key` and its reads hold in `now`; with its log, to keep in memory, and its checksum. */
  get(id: string, key: string, now: Readonly<Record<string, Collection>>): {value: T; reads: ReadLog; check: string} | undefined {
    const entry = this.entry(id, key, now);
    if (!entry) return undefined;
    try {
      return {value: JSON.parse(entry.body) as T, reads: entry.reads, check: entry.check};
    } catch {
      return undefined;
    }
  }

  /** The checksum of the result kept for `id` (resultCheck), under the same terms as `get`, without reading the result itself. */
  check(id: string, key: string, now: Readonly<Record<string, Collection>>): {check: string; reads: ReadLog} | undefined {
    const entry = this.entry(id, key, now);
    return entry && {check: entry.check, reads: entry.reads};
  }

  private entry(id: string, key: string, now: Readonly<Record<string, Collection>>): {body: string; reads: ReadLog; check: string} | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(id), "utf8");
    } catch {
      return undefined;
    }
    try {
      // The first line says what the entry is; the rest is the result, whose checksum the first line gives.
      const newline = text.indexOf("\n");
      const head = JSON.parse(text.slice(0, newline)) as {id?: unknown; key?: unknown; check?: unknown; reads?: SavedLog};
      const body = text.slice(newline + 1);
      if (head.id !== id || head.key !== key || !head.reads || head.check !== sha1(body)) return undefined;
      const reads = ReadLog.fromJSON(head.reads, this.prints);
      if (!reads.holds(now)) return undefined;
      return {body, reads, check: head.check};
    } catch {
      return undefined;
    }
  }

  /** Keeps `value`, made under `key` with `reads`, for `id`. */
  set(id: string, key: string, reads: ReadLog, value: T): void {
    const body = JSON.stringify(value);
    // Written while the work goes on; on a full disk or in a read-only project the result is made again next time, nothing worse.
    writeWholeLater(this.file(id), `${JSON.stringify({id, key, check: sha1(body), reads})}\n${body}`);
  }
}
