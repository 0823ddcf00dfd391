import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./paths.ts";

/** The .ts files (or, with `every`, all files) under some folders of the project's own src/ (this module may run bundled, elsewhere). */
function codeFiles(folders: readonly string[], every: boolean): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (every || name.endsWith(".ts")) files.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(projectRoot(), "src", folder))) walk(join(projectRoot(), "src", folder));
  return files;
}

const memos = new Map<string, {stamp: string; version: string; checked: number}>();

/**
 * A hash of the text of the code in `folders` of src/ (all of it: "") and of
 * the `extra` files of the project (package-lock.json: every dependency's
 * version), for the keys of results kept between builds: its .ts files, or
 * with `every` all its files (a page's templates and styles too). Worked out again
 * whenever one of those files changes (size or time), looked at at most twice
 * a second (a build asks thousands of times), so a dev server never reuses a
 * result of older code; the same text in a copy of the project is the same version.
 */
export function codeVersion(folders: readonly string[], extra: readonly string[] = [], every = false): string {
  const id = JSON.stringify([projectRoot(), folders, extra, every]);
  const memo = memos.get(id);
  if (memo && performance.now() - memo.checked < 500) return memo.version;
  const files = [...codeFiles(folders, every), ...extra.map((file) => join(projectRoot(), file)).filter((file) => existsSync(file))];
  const stamp = files.map((file) => {
    const {size, mtimeMs} = statSync(file);
    return `${file} ${size} ${mtimeMs}`;
  }).join("\n");
  if (memo?.stamp === stamp) {
    memo.checked = performance.now();
    return memo.version;
  }
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${file.slice(projectRoot().length)}\n`).update(readFileSync(file));
  const version = hash.digest("hex");
  memos.set(id, {stamp, version, checked: performance.now()});
  return version;
}

const versions = new Map<string, string>();

/** The version of a dependency, from its package.json in node_modules (read once per process: npm install means a restart). */
export function packageVersion(name: string): string {
  const path = join(projectRoot(), "node_modules", name, "package.json");
  let version = versions.get(path);
  if (version === undefined) versions.set(path, (version = (JSON.parse(readFileSync(path, "utf8")) as {version: string}).version));
  return version;
}
