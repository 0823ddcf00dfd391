import {describe, expect, it} from "vitest";
import {withoutSvg} from "../../src/search/withoutSvg.ts";

describe("withoutSvg: the HTML the search index is sent", () => {
  it("leaves out every inline SVG, nested ones with their parent, and keeps all else as it was", () => {
    const html = '<figure><h3 class="chart-title">Riders</h3><svg viewBox="0 0 10 10"><title>t</title><svg x="1"><text>0%</text></svg><g><text>2019</text></g></svg><p>Buses: 82%</p><SVG><text>b</text></SVG ></figure>';
    expect(withoutSvg(html)).toBe('<figure><h3 class="chart-title">Riders</h3><p>Buses: 82%</p></figure>');
  });

  it("keeps a page with no SVG byte for byte; drops an SVG left open to the end; ignores a stray end tag", () => {
    expect(withoutSvg("<p>No chart</p>")).toBe("<p>No chart</p>");
    expect(withoutSvg("<p>a</p><svg><text>cut")).toBe("<p>a</p>");
    expect(withoutSvg("<p>a</p></svg><p>b</p>")).toBe("<p>a</p></svg><p>b</p>");
    // Not an svg element: a word that starts with it, or an attribute value.
    expect(withoutSvg('<svgs>x</svgs><p title="<svg">y</p>')).toBe('<svgs>x</svgs><p title="<svg">y</p>');
    // An empty <svg/> holds nothing, alone or inside another.
    expect(withoutSvg('<p>a</p><svg width="1"/><p>b</p><svg><svg/><text>t</text></svg><p>c</p>')).toBe("<p>a</p><p>b</p><p>c</p>");
  });
});
