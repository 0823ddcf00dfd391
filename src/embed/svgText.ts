/**
 * The text an SVG can draw: everything outside its tags, the contents of its
 * CDATA sections and the values of the entities it declares, with character
 * references read (XML's only named ones are the five ASCII `&amp;`, `&lt;`,
 * `&gt;`, `&quot;` and `&apos;`; any other is declared in the SVG). It may hold
 * more than is drawn (a comment, an attribute holding ">"), never less.
 */
export function svgText(svg: string): string {
  return svg
    // A document type's declarations, between its brackets, are read one by one.
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!ENTITY[^"'>]*(?:"([^"]*)"|'([^']*)')[^>]*>|<!DOCTYPE[^[>]*\[?|<[^>]*>/g, (_, cdata?: string, double?: string, single?: string) => ` ${cdata ?? double ?? single ?? ""} `)
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => codePoint(Number.parseInt(decimal, 10)));
}

const codePoint = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : "");
