import {spawnSync} from "node:child_process";
import {cpSync, rmSync} from "node:fs";
import {join} from "node:path";
import {editorEnv, root} from "./project.ts";

/**
 * Loads the site at `dir` in a new process, as the next `npm run check` or build does, and returns
 * what its pages show. With `project`, `dir` is a whole project (copyProject) and the load runs as
 * its own (PROJECT_ROOT: its settings' address, its code's version); else it is content alone.
 */
export function loadInNewProcess(dir: string, {env = {}, project = false}: {env?: NodeJS.ProcessEnv; project?: boolean} = {}): string {
  const result = spawnSync(process.execPath, [join(root, "tests/helpers/loadInNewProcess.ts"), dir], {encoding: "utf8", env: {...editorEnv(), ...(project && {PROJECT_ROOT: dir}), ...env}, maxBuffer: 1 << 28});
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** The same loaded in a new process from a copy with nothing kept (no .astro/). */
export function freshLoadInNewProcess(dir: string, options: Parameters<typeof loadInNewProcess>[1] = {}): string {
  const copy = `${dir}-fresh`;
  rmSync(copy, {recursive: true, force: true});
  cpSync(dir, copy, {recursive: true, filter: (path) => !path.startsWith(join(dir, ".astro"))});
  return loadInNewProcess(copy, options);
}
