import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {atomFeed, byLastChange, feedEntries} from "../../src/feeds/atomFeed.ts";
import {readerPages} from "../../src/feeds/readerPages.ts";
import {sitemap} from "../../src/feeds/sitemap.ts";
import {formatDate} from "../../src/format/formatDate.ts";
import {publicAddress} from "../../src/settings/publicAddress.ts";
import {readSite} from "../../src/site.ts";
import {children, parseXml} from "../feeds/xml.ts";
import {pages, parse} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
// Expectations come from the content itself, so an editor's change never breaks them.
const content = readSite(root);
const {settings} = content.data;
// The address the build was made for: data/site.json's url, or SITE_URL and SITE_BASE.
const address = publicAddress(root);
const siteRoot = address.site ? new URL(address.base, address.site).href : undefined;
const base = address.base.replace(/\/$/, "");
const read = (file: string) => readFileSync(join(dist, file), "utf8");

const atom = "http://www.w3.org/2005/Atom";
const sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
const first = (parent: Element | Document, ns: string, name: string) => children(parent, ns, name)[0]?.textContent;

/** Every story (the feedEntries most recently changed) is an entry, newest first, with its dates, and its corrections and updates in its content. */
function expectFeedOfContent(xml: string, at: string) {
  const doc = parseXml(xml);
  expect(doc.documentElement.getAttribute("xml:lang")).toBe(settings.locale);
  expect(first(doc, atom, "title")).toBe(settings.name);
  expect(first(doc, atom, "subtitle")).toBe(settings.home.description);
  const entries = children(doc, atom, "entry");
  const expected = byLastChange(content.stories).slice(0, feedEntries);
  expect(entries.map((entry) => first(entry, atom, "id"))).toEqual(expected.map((story) => new URL(`${story.slug}/`, at).href));
  expect(first(doc, atom, "updated")).toBe(`${expected[0]!.frontMatter.updated}T00:00:00Z`);
  expected.forEach((story, index) => {
    const entry = entries[index]!;
    expect(first(entry, atom, "title")).toBe(story.frontMatter.title);
    expect(first(entry, atom, "published")).toBe(`${story.frontMatter.published}T00:00:00Z`);
    expect(first(entry, atom, "updated")).toBe(`${story.frontMatter.updated}T00:00:00Z`);
    expect(first(entry, atom, "summary")).toBe(story.frontMatter.dek);
    const html = parse(first(entry, atom, "content")!);
    expect([...html.querySelectorAll("li")].map((li) => li.textContent), story.slug).toEqual(
      story.frontMatter.notices.map((notice) => `${notice.kind === "correction" ? "Correction" : "Update"}, ${formatDate(notice.date, settings.locale)}: ${notice.text}`),
    );
  });
}

/** Every reader page at its absolute address, stories dated by their updated date, no embed page. */
function expectSitemapOfContent(xml: string, at: string) {
  const urls = children(parseXml(xml), sitemaps, "url").map((url) => ({loc: first(url, sitemaps, "loc")!, lastmod: first(url, sitemaps, "lastmod")}));
  for (const story of content.stories) expect(urls).toContainEqual({loc: new URL(`${story.slug}/`, at).href, lastmod: story.frontMatter.updated});
  expect(urls.map((url) => url.loc).sort()).toEqual(readerPages(content).map((page) => new URL(page.path.slice(1), at).href).sort());
  for (const {loc} of urls) {
    expect(loc.startsWith(at), loc).toBe(true);
    expect(loc).not.toMatch(/\/embed\//);
  }
}

describe("feeds, sitemap and robots.txt in dist/", () => {
  it("robots.txt lets every crawler fetch every page, embed pages included, and names the sitemap when the address is known", () => {
    const robots = read("robots.txt");
    expect(robots.startsWith("User-agent: *\nAllow: /\n")).toBe(true);
    expect(robots).not.toMatch(/Disallow/i);
    if (siteRoot) expect(robots).toContain(`\nSitemap: ${siteRoot}sitemap.xml\n`);
    else expect(robots).not.toMatch(/Sitemap:/i);
  });

  it("feed.xml and sitemap.xml are published exactly when the site's address is known, and then carry the content", () => {
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(Boolean(siteRoot));
    expect(existsSync(join(dist, "feed.xml"))).toBe(Boolean(siteRoot && content.stories.length));
    if (siteRoot) {
      expectSitemapOfContent(read("sitemap.xml"), siteRoot);
      if (content.stories.length) expectFeedOfContent(read("feed.xml"), siteRoot);
    }
  });

  it("the live content, at any address, makes a feed with every story, its dates and its corrections, and a sitemap of every reader page", () => {
    const at = siteRoot ?? "https://news.example/casey/";
    expect(content.stories.length).toBeGreaterThan(0);
    expectFeedOfContent(atomFeed(content.stories, settings, at), at);
    expectSitemapOfContent(sitemap(readerPages(content), at), at);
  });

  it("the sitemap's pages are every page built for readers: each story, list, source and chart types page, and no embed", () => {
    const built = [...pages(dist).keys()].filter((path) => !path.startsWith("/embed/"));
    expect(readerPages(content).map((page) => page.path).sort()).toEqual(built.sort());
  });
});

describe("the note on the site's address", () => {
  it("without the site's address, the build says once how to publish the feed and the sitemap", () => {
    const log = readFileSync(join(root, "tests/.tmp/build.log"), "utf8");
    expect(log.split('Set "url" in data/site.json').length - 1).toBe(siteRoot ? 0 : 1);
  });
});

describe("404.html in dist/", () => {
  const doc = parse(read("404.html"));

  it("says the page was not found, in the site's layout, with links home and to the sources that carry the base path", () => {
    expect(doc.querySelector("title")!.textContent).toBe(`Page not found – ${settings.name}`);
    expect(doc.querySelector("main h1")!.textContent).toBe("Page not found");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(doc.querySelector(".site-name")!.getAttribute("href")).toBe(`${base}/`);
    const links = [...doc.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(links).toContain(`${base}/`);
    expect(links).toContain(`${base}/sources/`);
  });

  it("lists the latest stories, newest first, linked", () => {
    const latest = content.stories.slice(0, 5);
    expect([...doc.querySelectorAll("main .story-list h2 a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual(latest.map((story) => [story.frontMatter.title, `${base}/${story.slug}/`]));
  });
});
