/**
 * HTML with every inline SVG element (nested ones included) left out: a
 * chart's drawing, whose words (ticks, labels) the page also gives as text
 * and in the chart's data table. The search index is sent a story without
 * them, two fifths fewer bytes for Pagefind to read.
 */
export function withoutSvg(html: string): string {
  // An element starts "<svg" and a space, ">" or "/" (not "<svgs", nor "<svg" quoted inside an attribute).
  const tags = /<svg(?=[\s/>])|<\/svg\s*>/gi;
  let out = "";
  let kept = 0;
  let depth = 0;
  let start = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[0][1] !== "/") {
      if (depth++ === 0) start = match.index;
    } else if (depth > 0 && --depth === 0) {
      out += html.slice(kept, start);
      kept = match.index + match[0].length;
    }
  }
  // An SVG left open runs to the end, as a browser reads it.
  return out + html.slice(kept, depth > 0 ? start : html.length);
}
