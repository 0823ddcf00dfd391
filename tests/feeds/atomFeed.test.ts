import {describe, expect, it} from "vitest";
import {atomFeed, feedEntries} from "../../src/feeds/atomFeed.ts";
import {parse} from "../helpers/dist.ts";
import {children, parseXml, testStory} from "./xml.ts";

const atom = "http://www.w3.org/2005/Atom";
const settings = {name: "Riverside <Transit> & Co", home: {heading: "h", description: 'Fares, "journeys" & the ]]> budget'}, locale: "en-US", byline: "By the transit desk"};
const root = "https://news.example/transit/";

/** The text of the first child of `parent` named `name`. */
const text = (parent: Element | Document, name: string) => children(parent, atom, name)[0]?.textContent;
const entries = (feed: string) => children(parseXml(feed), atom, "entry");

describe("atomFeed(stories, settings, root)", () => {
  it("atomFeed(…) is a well-formed Atom 1.0 feed: id, title, subtitle, updated, self and alternate links, author and language", () => {
    const doc = parseXml(atomFeed([testStory("bus-fares", {published: "2026-11-20", updated: "2026-11-22"}), testStory("ferries", {published: "2026-10-01"})], settings, root));
    const feed = doc.documentElement;
    expect([feed.namespaceURI, feed.localName, feed.getAttribute("xml:lang")]).toEqual([atom, "feed", "en-US"]);
    expect(text(doc, "id")).toBe("https://news.example/transit/");
    expect(text(doc, "title")).toBe(settings.name);
    expect(text(doc, "subtitle")).toBe(settings.home.description);
    // The feed's updated is the latest story's (RFC 3339), and comes before the entries'.
    expect(text(doc, "updated")).toBe("2026-11-22T00:00:00Z");
    const links = [...feed.children].filter((e) => e.localName === "link").map((e) => [e.getAttribute("rel"), e.getAttribute("type"), e.getAttribute("href")]);
    expect(links).toEqual([
      ["self", "application/atom+xml", "https://news.example/transit/feed.xml"],
      ["alternate", "text/html", "https://news.example/transit/"],
    ]);
    expect(text(children(doc, atom, "author")[0]!, "name")).toBe(settings.name);
  });

  it("atomFeed(…) gives each story an entry: its address as id and link, title, dates, author, dek as summary", () => {
    const story = testStory("bus-fares", {title: "What a ride costs", dek: "Fares, from the record.", byline: "By Ana Díaz", published: "2026-11-20"});
    const [entry] = entries(atomFeed([story], settings, root));
    expect(text(entry!, "id")).toBe("https://news.example/transit/bus-fares/");
    expect(children(entry!, atom, "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")])).toEqual([["alternate", "https://news.example/transit/bus-fares/"]]);
    expect([text(entry!, "title"), text(entry!, "published"), text(entry!, "updated"), text(entry!, "summary")]).toEqual(["What a ride costs", "2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z", "Fares, from the record."]);
    // Atom names the author: the page's "By" is dropped; a byline without it is kept whole.
    expect(text(children(entry!, atom, "author")[0]!, "name")).toBe("Ana Díaz");
    expect(text(children(entries(atomFeed([testStory("x", {byline: "Byron Lee and the desk"})], settings, root))[0]!, atom, "author")[0]!, "name")).toBe("Byron Lee and the desk");
    // The site's default byline names no one: the site is the author.
    expect(text(children(entries(atomFeed([testStory("y", {byline: settings.byline})], settings, root))[0]!, atom, "author")[0]!, "name")).toBe(settings.name);
  });

  it("atomFeed(…) carries corrections and updates, dated and labelled, in the entry's HTML, and a correction moves the entry's updated", () => {
    const before = testStory("bus-fares", {published: "2026-11-20"});
    const after = testStory("bus-fares", {published: "2026-11-20", notices: [
      {kind: "correction", date: "2026-11-24", text: "The fare is $4.25, not $4.50."},
      {kind: "update", date: "2026-11-23", text: "Added the budget."},
    ]});
    expect(text(entries(atomFeed([before], settings, root))[0]!, "updated")).toBe("2026-11-20T00:00:00Z");
    const [entry] = entries(atomFeed([after], settings, root));
    expect(text(entry!, "updated")).toBe("2026-11-24T00:00:00Z");
    expect(text(entry!, "published")).toBe("2026-11-20T00:00:00Z");
    const content = children(entry!, atom, "content")[0]!;
    expect(content.getAttribute("type")).toBe("html");
    const html = parse(content.textContent!);
    expect(html.querySelector("p")!.textContent).toBe(after.frontMatter.dek);
    expect([...html.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Correction, November 24, 2026: The fare is $4.25, not $4.50.", "Update, November 23, 2026: Added the budget."]);
    expect(html.querySelector("a")!.getAttribute("href")).toBe("https://news.example/transit/bus-fares/");
  });

  it("atomFeed(…) keeps every hostile editor string as text: markup, entities, ]]>, quotes; control characters dropped", () => {
    const hostile = `A <b>bold</b> & "quoted" 'title' ]]> &amp; <![CDATA[x]]> \u0000\u0007\u001b\ud800 end`;
    const asText = `A <b>bold</b> & "quoted" 'title' ]]> &amp; <![CDATA[x]]>  end`;
    const story = testStory("hostile", {title: hostile, dek: hostile, byline: hostile, notices: [{kind: "correction", date: "2026-11-21", text: `${hostile}<script>alert(1)</script>`}]});
    const doc = parseXml(atomFeed([story], {name: hostile, home: {heading: hostile, description: hostile}, locale: "en-GB", byline: "By the desk"}, root));
    expect([text(doc, "title"), text(doc, "subtitle")]).toEqual([asText, asText]);
    const [entry] = children(doc, atom, "entry");
    expect([text(entry!, "title"), text(entry!, "summary"), text(children(entry!, atom, "author")[0]!, "name")]).toEqual([asText, asText, asText]);
    // The entry's HTML, read by a feed reader, shows the editor's markup as text and runs nothing.
    const html = parse(text(entry!, "content")!);
    expect(html.querySelector("p")!.textContent).toBe(asText);
    expect(html.querySelector("li")!.textContent).toBe(`Correction, 21 November 2026: ${asText}<script>alert(1)</script>`);
    expect(html.querySelectorAll("script, b").length).toBe(0);
  });

  it("atomFeed(…) lists entries newest first by their last change, at most feedEntries of them", () => {
    const stories = Array.from({length: feedEntries + 5}, (_, i) => testStory(`story-${i}`, {published: `2026-01-${String((i % 28) + 1).padStart(2, "0")}`, updated: `2026-${String((i % 12) + 1).padStart(2, "0")}-01`}));
    const corrected = testStory("old-but-corrected", {published: "2020-01-01", notices: [{kind: "correction", date: "2027-01-05", text: "Fixed."}]});
    const listed = entries(atomFeed([...stories, corrected], settings, root));
    expect(listed.length).toBe(feedEntries);
    expect(text(listed[0]!, "id")).toBe("https://news.example/transit/old-but-corrected/");
    const updated = listed.map((entry) => text(entry, "updated")!);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it("atomFeed(…) needs a story: a feed has no date to give without one", () => {
    expect(() => atomFeed([], settings, root)).toThrow("at least one story");
  });
});
