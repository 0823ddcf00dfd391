import {LineCounter, parseDocument, isMap, isSeq, isScalar, type Node} from "yaml";

// The last text parsed, kept: a file's entries are located one after another
// (a registry of a thousand sources is parsed once, not once per source).
let last: {text: string; doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter} | undefined;
function parsed(text: string) {
  if (last?.text !== text) {
    const lineCounter = new LineCounter();
    last = {text, doc: parseDocument(text, {lineCounter, keepSourceTokens: false}), lineCounter};
  }
  return last;
}

/**
 * Finds the line and column of a value (or, failing that, of its nearest parent)
 * in YAML or JSON text, so that a schema error can point at the right line.
 * `lineOffset` shifts the answer when the text sits inside a larger file.
 */
export function locate(text: string, path: readonly PropertyKey[], lineOffset = 0): {line: number; column: number} {
  const {doc, lineCounter} = parsed(text);
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const {line, col} = lineCounter.linePos(offset);
  return {line: line + lineOffset, column: col};
}
