import type {Element} from "hast";
import {toHtml} from "hast-util-to-html";

/** Characters XML 1.0 does not allow in a document. */
const notXml = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * An SVG tree (hastscript, with raw nested drawings) as a standalone SVG file.
 * hast-util-to-html escapes every text and attribute; XML 1.0 cannot carry control
 * characters or lone surrogates an editor may have pasted, so they are dropped.
 */
export function svgDocument(tree: Element): string {
  const markup = toHtml(tree, {space: "svg", allowDangerousHtml: true, closeEmptyElements: true}).replace(notXml, "").replace(/]]>/g, "]]&gt;");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
