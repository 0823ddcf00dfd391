import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Problem} from "../lib/problem.ts";

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
  return files.flatMap((file) =>
    readFileSync(join(root, file), "utf8").split("\n").flatMap((text, index) =>
      [...text.matchAll(tk)].map((match) => ({
        file, line: index + 1, column: match.index + 1,
        message: "TK: this text is still to come",
        fix: "write it, replacing the TK, before publishing",
      })),
    ),
  );
}
