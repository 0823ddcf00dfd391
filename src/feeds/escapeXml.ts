import {escapeAttribute} from "../lib/escapeAttribute.ts";

// XML 1.0 §2.2 allows tab, newline, carriage return and U+0020 up; not lone surrogates, U+FFFE or U+FFFF.
// DEL and the C1 controls are allowed but "discouraged" (§2.2 note) and never meant as text: dropped too.
const notXml = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Editor text as the content of an XML element or a double-quoted attribute
 * (Atom, sitemaps), and equally as HTML text: `&`, `<`, `>` and `"` escaped, so
 * `]]>` and markup stay text; characters XML 1.0 cannot carry (control
 * characters an editor pasted, lone surrogates) dropped, since no reference can
 * stand for them either (`&#1;` is not well-formed).
 */
export function escapeXml(text: string): string {
  return escapeAttribute(text.replace(notXml, ""));
}
