import {randomBytes} from "node:crypto";
import {mkdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {mkdir, rename, rm, writeFile} from "node:fs/promises";
import {dirname} from "node:path";
import pLimit from "p-limit";

let written = 0;
// Each write goes aside under its own name: two writes of one file at once never mix, even from two
// copies of this module in one process (Astro's integrations and its pages' bundle).
const copy = randomBytes(4).toString("hex");
const partialOf = (file: string) => `${file}.${process.pid}.${copy}.${written++}.tmp`;

/**
 * Writes a file aside and renames it into place, so a reader never sees half
 * a file, and a file once written is never written into (a hard link to it,
 * as a build publishes a cached PNG, keeps its bytes). On a failure, nothing
 * is left aside.
 */
export function writeWhole(file: string, data: string | Buffer): void {
  const partial = partialOf(file);
  try {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, {force: true});
    } catch {
      // No folder to have left it in.
    }
    throw error;
  }
}

/** writeWhole, done by the system's threads. */
export async function writeWholeAsync(file: string, data: string | Buffer): Promise<void> {
  const partial = partialOf(file);
  try {
    await mkdir(dirname(file), {recursive: true});
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, {force: true}).catch(() => undefined);
    throw error;
  }
}

const limit = pLimit(8);
const pending = new Set<Promise<void>>();
// What waits to be written is held in memory: past this, a write is made at once (a slow disk slows the work, never fills memory).
const mostWaiting = 16 * 1024 * 1024;
let waiting = 0;

/**
 * writeWhole, done by the system's threads while this one goes on (a check
 * keeps thousands of results: written as it goes, they cost it seconds).
 * For files that only save work later (caches): a failure leaves no file, and
 * the work is done again next time. `writesDone` waits for all of them.
 */
export function writeWholeLater(file: string, text: string): void {
  // As UTF-8: a string with any character past Latin-1 (a curly quote) takes two bytes a character in memory.
  const bytes = Buffer.from(text);
  if (waiting + bytes.length > mostWaiting) {
    try {
      writeWhole(file, bytes);
    } catch {
      // As below: the work is done again next time.
    }
    return;
  }
  waiting += bytes.length;
  const job: Promise<void> = limit(() => writeWholeAsync(file, bytes))
    .catch(() => undefined)
    .finally(() => {
      waiting -= bytes.length;
      pending.delete(job);
    });
  pending.add(job);
}

/** Resolves once every writeWholeLater so far (and any made meanwhile) is on disk: before a process ends. */
export async function writesDone(): Promise<void> {
  while (pending.size) await Promise.all(pending);
}
