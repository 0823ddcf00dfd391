/**
 * The text an SVG can draw: everything outside its tags, with character
 * references read (XML's only named ones are the five ASCII `&amp;`, `&lt;`,
 * `&gt;`, `&quot;` and `&apos;`, and resvg reads no others). It may hold more
 * than is drawn (an attribute holding ">"), never less.
 */
export function svgText(svg: string): string {
  return svg
    .replace(/<[^>]*>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => codePoint(Number.parseInt(decimal, 10)));
}

const codePoint = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : "");
