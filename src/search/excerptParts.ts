/** A run of an excerpt's text, and whether it is a match the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A Pagefind excerpt as plain text runs, the matches marked. Pagefind escapes `<` and `>` in a
 * page's text and wraps each match in `<mark>`; this splits on those marks and undoes that
 * escaping, so the page builds the excerpt from text nodes and never parses it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>" || piece === "</mark>") mark = piece === "<mark>";
    else if (piece !== "") parts.push({text: piece.replace(/&lt;/g, "<").replace(/&gt;/g, ">"), mark});
  }
  return parts;
}
