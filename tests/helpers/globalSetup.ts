import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {copyProject, npmRun, root} from "./project.ts";

/** Where the fixture's site is built: every chart type drawn, for the browser checks of the machinery. */
export const fixtureDistFile = join(root, "tests/.tmp/fixture-dist.txt");

/**
 * Builds the real site once, as `npm run build` would, for the build and
 * browser tests; and the fixture's site, whose charts cover every chart type.
 */
export default function setup() {
  mkdirSync(join(root, "tests/.tmp"), {recursive: true});
  const {status, output} = npmRun(root, "build");
  writeFileSync(join(root, "tests/.tmp/build.log"), output);
  if (status !== 0) throw new Error(`npm run build failed:\n${output}`);
  const fixture = copyProject("fixture-site");
  const built = npmRun(fixture.dir, "build");
  if (built.status !== 0) throw new Error(`building the fixture failed:\n${built.output}`);
  writeFileSync(fixtureDistFile, join(fixture.dir, "dist"));
}
