import {statSync, type Stats} from "node:fs";
import {processShared} from "./processShared.ts";

// Stamps taken by the look at every input that starts a load of the site, so that what each
// loader asks of a file it has already been told.
const taken = processShared("stamps", () => ({byPath: new Map<string, string>()}));

/** Uses these stamps (path to `stampOf`'s answer) while `load` runs. */
export function withStamps<T>(stamps: Map<string, string>, load: () => T): T {
  const before = taken.byPath;
  taken.byPath = stamps;
  try {
    return load();
  } finally {
    taken.byPath = before;
  }
}

/**
 * What says a file may have changed, as git's index keeps it: its size, its
 * times of last change to its contents and to the file itself (a copy that
 * keeps the old modification time still changes the latter), and its inode.
 */
function stamp(stat: Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

/** A file's `stamp` as it is now ("missing" when there is none). */
export function freshStamp(path: string): string {
  try {
    return stamp(statSync(path));
  } catch {
    return "missing";
  }
}

/** A file's `stamp`: as the load's look at every input found it, else as it is now. */
export function stampOf(path: string): string {
  return taken.byPath.get(path) ?? freshStamp(path);
}
