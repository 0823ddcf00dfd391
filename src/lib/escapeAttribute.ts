/**
 * Text made safe inside a double-quoted attribute, in HTML and in XML (an SVG
 * file) alike: &, <, > and " escaped.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
