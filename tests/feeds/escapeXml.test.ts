import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {escapeXml} from "../../src/feeds/escapeXml.ts";
import {notXml, parseXml} from "./xml.ts";

/** What XML 1.0 can carry of a text (and escapeXml keeps): no controls, no lone surrogates, no U+FFFE/FFFF, no DEL or C1. */
const kept = (text: string) => text.replace(new RegExp(notXml.source, "gu"), "").replace(/[\u007f-\u009f]/g, "");

describe("escapeXml(text)", () => {
  it.each([
    ["a < b & c > d", "a &lt; b &amp; c &gt; d"],
    ['"quoted" and \'single\'', "&quot;quoted&quot; and 'single'"],
    ["]]> ends CDATA", "]]&gt; ends CDATA"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["nul\u0000 bell\u0007 vt\u000b ff\u000c esc\u001b del\u007f c1\u0085", "nul bell vt ff esc del c1"],
    ["tab\t newline\n return\r kept", "tab\t newline\n return\r kept"],
    ["lone \ud800 surrogate, \ufffe and \uffff", "lone  surrogate,  and "],
    ["emoji 😀, accents é, RTL \u202e", "emoji 😀, accents é, RTL \u202e"],
  ])("escapeXml(%j) is %j", (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it("escapeXml(text) in an element and in an attribute parses back, strictly, to the text XML can carry (any text)", () => {
    const hostile = fc.oneof(
      fc.string({unit: "binary", maxLength: 40}),
      fc.array(fc.constantFrom("<", ">", "&", '"', "'", "]]>", "&amp;", "&#0;", "<![CDATA[", "<!--", "<?xml", "\u0000", "\u0008", "\u001f", "\ud800", "\udfff", "\ufffe", "\n", "\r", "\t", "😀", "é"), {maxLength: 12}).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const doc = parseXml(`<?xml version="1.0" encoding="utf-8"?><e a="${escapeXml(text)}">${escapeXml(text)}</e>`);
        // An XML parser reads a carriage return as a newline in text, and any line break in an attribute as a space.
        expect(doc.documentElement.textContent).toBe(kept(text).replace(/\r\n?/g, "\n"));
        expect(doc.documentElement.getAttribute("a")).toBe(kept(text).replace(/\r\n|[\r\n\t]/g, " "));
      }),
      {numRuns: 300},
    );
  });
});
