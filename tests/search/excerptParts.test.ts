import {describe, expect, it} from "vitest";
import {excerptParts} from "../../src/search/excerptParts.ts";

describe("excerptParts", () => {
  it("excerptParts(excerpt) splits Pagefind's marks into runs of text", () => {
    expect(excerptParts("the <mark>misconduct</mark> system and <mark>misconduct</mark>.")).toEqual([
      {text: "the ", mark: false},
      {text: "misconduct", mark: true},
      {text: " system and ", mark: false},
      {text: "misconduct", mark: true},
      {text: ".", mark: false},
    ]);
  });

  it("excerptParts(excerpt) gives back the page's own < and >, as text: markup in a page's words is never markup in the results", () => {
    // Pagefind escapes < and > in a page's text (not &), and marks matches with real tags.
    expect(excerptParts("a &lt;img src=x onerror=alert(1)&gt; <mark>zebra</mark> &lt;mark&gt;no&lt;/mark&gt; &amp; Co")).toEqual([
      {text: "a <img src=x onerror=alert(1)> ", mark: false},
      {text: "zebra", mark: true},
      {text: " <mark>no</mark> &amp; Co", mark: false},
    ]);
  });

  it("excerptParts(excerpt) of an empty excerpt is empty", () => {
    expect(excerptParts("")).toEqual([]);
  });
});
