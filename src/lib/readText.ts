import {readFileSync} from "node:fs";
import {join} from "node:path";
import {lineAndColumn} from "./lineAndColumn.ts";
import type {Problems} from "./problem.ts";

const utf8 = new TextDecoder("utf-8", {fatal: true});

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// In JSON, also written as an escape ("\u0007").
const jsonControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i;

/**
 * The first control character in a text (other than tab and line breaks),
 * written raw or as a JSON \u escape: where it is and its code point.
 */
export function controlCharacter(text: string, json = false): {line: number; column: number; name: string} | undefined {
  const match = (json ? jsonControls : controls).exec(text);
  if (!match) return undefined;
  const code = match[0].length === 1 ? match[0].charCodeAt(0) : parseInt(match[0].slice(2), 16);
  return {...lineAndColumn(text, match.index), name: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`};
}

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
    const text = utf8.decode(bytes);
    const control = controlCharacter(text, file.endsWith(".json"));
    if (control) problems.add({file, ...control, message: `the file has an invisible control character (${control.name}) here`, fix: "delete it: it is invisible in most editors, and a page or download would carry it"});
    return text;
  } catch {
    problems.add({file, message: `the file is not UTF-8 (it looks like ${encodingGuess(bytes)})`, fix: "save it again as UTF-8: in Excel, Save As “CSV UTF-8”; in a text editor, choose the encoding UTF-8"});
    return undefined;
  }
}
