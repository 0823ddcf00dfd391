import type {Element} from "hast";
import {toHtml} from "hast-util-to-html";
import {xmlChars} from "../lib/xmlChars.ts";


/**
 * An SVG tree (hastscript, with raw nested drawings) as a standalone SVG file.
 * hast-util-to-html escapes every text and attribute; characters XML 1.0 cannot
 * carry are dropped (xmlChars).
 */
export function svgDocument(tree: Element): string {
  const markup = xmlChars(toHtml(tree, {space: "svg", allowDangerousHtml: true, closeEmptyElements: true})).replace(/]]>/g, "]]&gt;");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
