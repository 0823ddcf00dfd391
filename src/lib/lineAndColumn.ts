/** Line and column (both from 1) of a character offset in a text, for a problem's location. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  return {line: before.split("\n").length, column: offset - before.lastIndexOf("\n")};
}
