/**
 * Structured data as the text of a <script type="application/ld+json"> element.
 * JSON.stringify escapes quotes, but a headline holding "</script>" or "<!--" would
 * end or bend the element: every <, > and & becomes a JSON escape, which parsers
 * read back as the same character. U+2028 and U+2029 are escaped for old parsers.
 */
export function jsonLd(data: object): string {
  return JSON.stringify({"@context": "https://schema.org", ...data}).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
