import {describe, expect, it} from "vitest";
import {robotsTxt} from "../../src/feeds/robotsTxt.ts";

describe("robotsTxt(sitemapAddress)", () => {
  it("robotsTxt(address) lets every crawler fetch everything (embed pages too, to read their noindex) and names the sitemap", () => {
    expect(robotsTxt("https://news.example/casey/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://news.example/casey/sitemap.xml\n");
  });

  it("robotsTxt() without an address has no Sitemap line (it must be absolute) and disallows nothing", () => {
    expect(robotsTxt()).toBe("User-agent: *\nAllow: /\n");
    expect(robotsTxt()).not.toMatch(/Disallow/);
  });
});
