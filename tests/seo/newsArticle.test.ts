import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {jsonLd} from "../../src/seo/jsonLd.ts";
import {newsArticle} from "../../src/seo/newsArticle.ts";
import type {Story} from "../../src/stories/story.ts";
import {parse} from "../helpers/dist.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const site = fixtureSite();
const story = site.stories[0]!;

/** What a search engine reads: the JSON of the page's ld+json script, as an HTML parser hands it over. */
function readBack(html: string): unknown[] {
  const doc = parse(`<!doctype html><html><head>${html}</head><body><p>after</p></body></html>`);
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
}

const withText = (title: string, dek: string, byline: string, correction: string): Story => ({
  ...story,
  frontMatter: {...story.frontMatter, title, dek, byline, notices: [{kind: "correction", date: story.frontMatter.published, text: correction}, {kind: "update", date: story.frontMatter.published, text: "an update"}]},
});

describe("newsArticle(story, data) is a story's schema.org NewsArticle", () => {
  it("newsArticle(story) has the properties search engines require, from the story and the site's settings", () => {
    const article = newsArticle(story, site.data) as Record<string, any>;
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      headline: story.frontMatter.title,
      description: story.frontMatter.dek,
      datePublished: story.frontMatter.published,
      dateModified: story.frontMatter.updated,
      inLanguage: site.data.settings.locale,
      publisher: {"@type": "Organization", name: site.data.settings.name},
      image: [expect.stringMatching(new RegExp(`/cards/stories/${story.slug}\\.png$`))],
    });
    expect(article.author.name).toBeTruthy();
    expect(article.citation).toHaveLength(story.frontMatter.sources.length);
    for (const [i, id] of story.frontMatter.sources.entries()) expect(article.citation[i]).toMatchObject({name: site.data.sources.get(id)!.title, publisher: {name: site.data.sources.get(id)!.outlet}});
  });

  it("newsArticle(story with corrections) lists each correction, not the updates", () => {
    const article = newsArticle(withText("T", "D", "By Ana Díaz", "The figure was 82%, not 28%."), site.data) as Record<string, any>;
    expect(article.correction).toEqual([{"@type": "CorrectionComment", text: "The figure was 82%, not 28%.", datePublished: story.frontMatter.published}]);
    expect(article.author).toEqual({"@type": "Person", name: "Ana Díaz"});
  });

  it("jsonLd(newsArticle(any text)) cannot end its script element and reads back as the same values", () => {
    const hostile = fc.array(fc.constantFrom("</script>", "<script>alert(1)</script>", "<!--", "-->", "&", "<", ">", '"', "\\", "\u2028", "\u2029", "]]>", "é", "😀", " "), {minLength: 1, maxLength: 8}).map((p) => p.join(""));
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, dek, byline, correction) => {
        const article = newsArticle(withText(title, dek, byline, correction), site.data);
        const text = jsonLd(article);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        const [read, ...others] = readBack(`<script type="application/ld+json">${text}</script>`);
        expect(others).toEqual([]);
        expect(read).toEqual({"@context": "https://schema.org", ...article});
      }),
      {numRuns: 100},
    );
  });
});
