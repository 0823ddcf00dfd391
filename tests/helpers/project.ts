import {spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

export const root = resolve(import.meta.dirname, "../..");

/**
 * A frozen copy of the site's content, data and seeds. Tests of the machinery
 * (provenance, directives, error messages, rebuilds) run on it, so an editor's
 * correction to the real content never breaks them; tests of the real site
 * (build, browser, chart snapshots) run on the real content.
 */
export const fixture = join(root, "tests/fixtures/site");

const code = ["package.json", "tsconfig.json", "astro.config.mjs", "src", "tests"];
const content = ["content", "data", "seeds"];
// Test output and earlier copies are not part of a project.
const skipped = new Set(["tests/.tmp", "tests/screenshots"].map((p) => join(root, p)));

/**
 * A throwaway copy of the project (sharing node_modules) in the system's temp folder, with
 * the fixture's content, so a test can break or change its input and build it without
 * touching the real one.
 */
export function copyProject(name: string): {dir: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void; read: (file: string) => string} {
  // One folder per checkout, so two checkouts' test runs never share copies.
  const dir = join(tmpdir(), `site-generator-tests-${createHash("sha1").update(root).digest("hex").slice(0, 8)}`, name);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of code) cpSync(join(root, entry), join(dir, entry), {recursive: true, filter: (source) => !skipped.has(source)});
  for (const entry of content) cpSync(join(fixture, entry), join(dir, entry), {recursive: true});
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const edit = (file: string, change: (text: string) => string) => {
    const before = read(file);
    const after = change(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing: the test's pattern no longer matches`);
    write(file, after);
  };
  return {dir, edit, write, read};
}

// Vitest sets these for itself (it mirrors Vite's import.meta.env into process.env);
// a build that inherited BASE_URL=/ would ignore SITE_BASE.
const vitestOnly = new Set(["NODE_ENV", "TEST", "BASE_URL", "MODE", "DEV", "PROD", "SSR"]);

/** The environment an editor's shell would have: without the variables Vitest sets for itself. */
export function editorEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && !vitestOnly.has(key)));
  return {...env, FORCE_COLOR: "0", NO_COLOR: "1"};
}

/** Runs an npm script in a folder the way an editor would, capturing its output. */
export function npmRun(dir: string, script: string, ...args: string[]): {status: number | null; output: string} {
  return npmRunWith(dir, script, {}, ...args);
}

/** npmRun, with some environment variables set or changed. */
export function npmRunWith(dir: string, script: string, env: NodeJS.ProcessEnv, ...args: string[]): {status: number | null; output: string} {
  const result = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {cwd: dir, encoding: "utf8", env: {...editorEnv(), ...env}});
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

/**
 * A throwaway copy of the fixture's content, data and seeds only (no code): enough
 * for loadSite(dir) to check an edit, and fast enough for a catalogue of cases.
 */
export function copyContent(name: string): {dir: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string | Buffer) => void} {
  const dir = join(tmpdir(), `site-generator-tests-${createHash("sha1").update(root).digest("hex").slice(0, 8)}`, "content-only", name);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of content) cpSync(join(fixture, entry), join(dir, entry), {recursive: true});
  const write = (file: string, text: string | Buffer) => writeFileSync(join(dir, file), text);
  const edit = (file: string, change: (text: string) => string) => {
    const before = readFileSync(join(dir, file), "utf8");
    const after = change(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing: the test's pattern no longer matches`);
    write(file, after);
  };
  return {dir, edit, write};
}
