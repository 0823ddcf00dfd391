/** Average glyph width of the chart font, in ems; errs wide so text never overruns. */
const averageEm = 0.56;

/**
 * Breaks text into lines that fit `width` px at `fontSize` px. Plot can draw
 * multi-line text but cannot tell a layout how tall it will be; wrapping here
 * lets a chart give every label the height it needs, at every width.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * averageEm)));
  const lines: string[] = [];
  let line = "";
  // A word longer than a line (a pasted URL, a run of characters) is broken into pieces that fit.
  const pieces = text.split(/\s+/).filter(Boolean).flatMap((word) => (word.length <= perLine ? [word] : word.match(new RegExp(`.{1,${perLine}}`, "gu"))!));
  for (const word of pieces) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width in px of one line of text at `fontSize` px, erring wide (digits and capitals included). */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.66);
}
