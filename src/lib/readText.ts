import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Problems} from "./problem.ts";

const utf8 = new TextDecoder("utf-8", {fatal: true});

/** A guess at what a file that is not UTF-8 was saved as, for the message. */
function encodingGuess(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16";
  return bytes.some((byte) => byte >= 0x80 && byte <= 0x9f) ? "Windows-1252" : "Latin-1 (ISO-8859-1)";
}

/**
 * Reads an editor's file as UTF-8 text. A file saved in another encoding
 * (Excel's "CSV", an old editor's Windows-1252) is a problem naming the
 * encoding and how to re-save it, never a page of replacement characters.
 */
export function readText(root: string, file: string, problems: Problems): string | undefined {
  const bytes = readFileSync(join(root, file));
  try {
    return utf8.decode(bytes);
  } catch {
    problems.add({file, message: `the file is not UTF-8 (it looks like ${encodingGuess(bytes)})`, fix: "save it again as UTF-8: in Excel, Save As “CSV UTF-8”; in a text editor, choose the encoding UTF-8"});
    return undefined;
  }
}
