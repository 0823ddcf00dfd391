import {mkdirSync, renameSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";

/**
 * Writes a file aside and renames it into place, so a reader never sees half
 * a file, and a file once written is never written into (a hard link to it,
 * as a build publishes a cached PNG, keeps its bytes).
 */
export function writeWhole(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), {recursive: true});
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
