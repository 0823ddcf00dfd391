import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Problem} from "../lib/problem.ts";
import {processShared} from "../lib/processShared.ts";
import {stampOf} from "../lib/stampOf.ts";

/** Newsroom shorthand for "to come": text still to be written. */
const tk = /\bTK\b/g;

/**
 * Finds "TK" placeholders left in stories and chart words (the scaffolds write
 * them), so that nothing is published with text still to come.
 */
export function checkPlaceholders(root: string): Problem[] {
  const files = ["content", "data/charts"].flatMap((folder) =>
    existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((n) => /\.(md|json)$/.test(n)).map((n) => `${folder}/${n}`) : [],
  );
  return files.flatMap((file) => {
    // A file unchanged since the last look (in this process) is not read again.
    const path = join(root, file);
    const stamp = stampOf(path);
    const last = looked.get(path);
    if (last?.stamp === stamp) return last.problems;
    const problems = readFileSync(path, "utf8").split("\n").flatMap((text, index) =>
      [...text.matchAll(tk)].map((match) => ({
        file, line: index + 1, column: match.index + 1,
        message: "TK: this text is still to come",
        fix: "write it, replacing the TK, before publishing",
      })),
    );
    looked.set(path, {stamp, problems});
    return problems;
  });
}

const looked = processShared("placeholderLooks", () => new Map<string, {stamp: string; problems: Problem[]}>());
