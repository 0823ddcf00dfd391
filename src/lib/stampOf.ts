import {statSync} from "node:fs";
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

/** A file's size and time of last change ("missing" when there is none): what says it may have changed. */
export function stampOf(path: string): string {
  const known = taken.byPath.get(path);
  if (known !== undefined) return known;
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}
