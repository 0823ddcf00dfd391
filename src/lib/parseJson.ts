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
    const at = /\(line (\d+) column (\d+)\)/.exec(message);
    return {
      problem: {
        file, ...(at && {line: Number(at[1]), column: Number(at[2])}),
        message: `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected end of JSON input$/, "the file ends too soon")}`,
        fix: "check the commas, quotes and brackets at that place: every text is in double quotes, and no comma comes before a closing } or ]",
      },
    };
  }
}
