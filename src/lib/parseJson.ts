import {lineAndColumn} from "./lineAndColumn.ts";
import type {Problem} from "./problem.ts";

/**
 * Parses an editor's JSON file. A syntax error becomes a problem at the line
 * and column where the parser stopped, in plain words, instead of an exception.
 */
export function parseJson(text: string, file: string): {json: unknown; problem?: undefined} | {json?: undefined; problem: Problem} {
  try {
    return {json: JSON.parse(text)};
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    let offset = position ? Number(position[1]) : unexpectedTokenOffset(message, text);
    // A missing comma is found at the next value; it belongs at the end of the one before it.
    const missingComma = /^Expected ',' or/.test(message);
    if (offset !== undefined && missingComma) {
      while (offset > 0 && /\s/.test(text[offset - 1]!)) offset--;
    }
    const at = offset !== undefined ? lineAndColumn(text, offset) : undefined;
    return {
      problem: {
        file, ...(at && {line: at.line, column: at.column}),
        message: missingComma ? "is not valid JSON: a comma is missing here" : `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected end of JSON input$/, "the file ends too soon")}`,
        fix: missingComma ? "put a comma after this value, before the next one" : "check the commas, quotes and brackets at that place: every text is in double quotes, and no comma comes before a closing } or ]",
      },
    };
  }
}

/**
 * Where V8's "Unexpected token 'x', ...context..." points, when it gives no
 * position: the context is the text from 10 characters before the token to 10
 * after, with "..." where it was cut.
 */
function unexpectedTokenOffset(message: string, text: string): number | undefined {
  const match = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!match) return undefined;
  const [, token, cutBefore, context = "", cutAfter] = match;
  const start = cutBefore ? text.indexOf(context) : 0;
  if (start < 0) return undefined;
  const within = cutBefore ? 10 : cutAfter ? context.length - 10 : context.indexOf(token!);
  return start + within;
}
