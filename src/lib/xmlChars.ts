// XML 1.0 §2.2 allows tab, newline, carriage return and U+0020 up; not lone surrogates, U+FFFE or U+FFFF.
// DEL and the C1 controls are allowed but "discouraged" (§2.2 note) and never meant as text: dropped too.
const notXml = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text without the characters an XML document cannot carry (control characters
 * an editor pasted, lone surrogates): no reference can stand for them either
 * (`&#1;` is not well-formed), so they are dropped. Used by every XML output:
 * the feed, the sitemap, chart downloads and cards.
 */
export function xmlChars(text: string): string {
  return text.replace(notXml, "");
}
