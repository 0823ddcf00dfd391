import {describe, expect, it} from "vitest";
import {addressNote} from "../../src/feeds/addressNote.ts";
import {addressIn} from "../../src/feeds/feedAddresses.ts";

describe("addressNote(address) and addressIn(root, path)", () => {
  it("addressNote(address) names the setting that publishes the feed and sitemap, and says nothing once the address is known", () => {
    expect(addressNote({})).toMatch(/^feed\.xml and sitemap\.xml are not published, and link previews .*Set "url" in data\/site\.json/);
    expect(addressNote({site: "https://news.example"})).toBeUndefined();
  });

  it("addressIn(root, path) keeps the base path of the root", () => {
    expect(addressIn("https://news.example/casey/", "/feed.xml")).toBe("https://news.example/casey/feed.xml");
    expect(addressIn("https://news.example/", "/")).toBe("https://news.example/");
    expect(addressIn("https://news.example/casey/", "/bus-fares/")).toBe("https://news.example/casey/bus-fares/");
  });
});
