/**
 * HTML with every inline SVG element (nested ones included) left out: a
 * chart's drawing, whose words (ticks, labels) the page also gives as text
 * and in the chart's data table. The search index is sent a story without
 * them, two fifths fewer bytes for Pagefind to read. Meant for the pages this
 * site renders, whose attribute values never hold a raw "<".
 */
export function withoutSvg(html: string): string {
  // An element starts "<svg" and a space, ">" or "/" (not "<svgs").
  const tags = /<svg(?=[\s/>])|<\/svg\s*>/gi;
  let out = "";
  let kept = 0;
  let depth = 0;
  let start = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[0][1] !== "/") {
      const end = html.indexOf(">", match.index);
      // "<svg … />" holds nothing: left out at the top level, nothing to count inside another.
      if (end > 0 && html[end - 1] === "/") {
        if (depth === 0) {
          out += html.slice(kept, match.index);
          kept = end + 1;
        }
        continue;
      }
      if (depth++ === 0) start = match.index;
    } else if (depth > 0 && --depth === 0) {
      out += html.slice(kept, start);
      kept = match.index + match[0].length;
    }
  }
  // An SVG left open is left out to the end.
  return out + html.slice(kept, depth > 0 ? start : html.length);
}
