import {escapeAttribute} from "../lib/escapeAttribute.ts";
import {xmlChars} from "../lib/xmlChars.ts";

/**
 * Editor text as the content of an XML element or a double-quoted attribute
 * (Atom, sitemaps), and equally as HTML text: `&`, `<`, `>` and `"` escaped, so
 * `]]>` and markup stay text; characters XML 1.0 cannot carry dropped (xmlChars).
 */
export function escapeXml(text: string): string {
  return escapeAttribute(xmlChars(text));
}
