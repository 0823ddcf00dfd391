import {writeFileSync, mkdirSync} from "node:fs";
import {join} from "node:path";
import {npmRun, root} from "./project.ts";

/** Builds the real site once, as `npm run build` would, for the build and browser tests. */
export default function setup() {
  const {status, output} = npmRun(root, "build");
  mkdirSync(join(root, "tests/.tmp"), {recursive: true});
  writeFileSync(join(root, "tests/.tmp/build.log"), output);
  if (status !== 0) throw new Error(`npm run build failed:\n${output}`);
}
