import type {Data} from "../data/loadData.ts";
import {absoluteUrl} from "../lib/absoluteUrl.ts";
import {cardAddress} from "../cards/cardVersion.ts";
import {cardPath} from "../cards/cardPath.ts";
import type {Story} from "../stories/story.ts";
import {storyAuthor} from "../stories/storyAuthor.ts";

/**
 * A story as schema.org NewsArticle (what Google's article results read): its
 * headline, dek, dates, author, publisher, card, the source articles it cites as
 * `citation` and its corrections as `correction`. Addresses are absolute once the
 * site's address is known. Serialise it with jsonLd(), which escapes it for a script element.
 */
export function newsArticle(story: Story, data: Data): Record<string, unknown> {
  const {settings} = data;
  const {frontMatter} = story;
  const corrections = frontMatter.notices.filter((n) => n.kind === "correction");
  const publisher = {"@type": "Organization", name: settings.name, url: absoluteUrl("/")};
  return {
    "@type": "NewsArticle",
    headline: frontMatter.title,
    description: frontMatter.dek,
    url: absoluteUrl(`/${story.slug}/`),
    mainEntityOfPage: absoluteUrl(`/${story.slug}/`),
    inLanguage: settings.locale,
    datePublished: frontMatter.published,
    dateModified: frontMatter.updated,
    author: author(frontMatter.byline, settings, publisher),
    publisher,
    image: [cardAddress(cardPath.story(story.slug))],
    citation: frontMatter.sources.flatMap((id) => {
      const source = data.sources.get(id);
      if (!source) return [];
      return [{
        "@type": "CreativeWork",
        name: source.title,
        publisher: {"@type": "Organization", name: source.outlet},
        ...(source.date.from === source.date.to && {datePublished: source.date.from}),
        url: absoluteUrl(`/sources/${id}/`),
      }];
    }),
    ...(corrections.length && {correction: corrections.map((n) => ({"@type": "CorrectionComment", text: n.text, datePublished: n.date}))}),
  };
}

/** The site's own desk (the default byline) is the publisher; a story's own byline names a person. */
function author(byline: string, settings: Data["settings"], publisher: object) {
  const {kind, name} = storyAuthor(byline, settings);
  return kind === "organization" ? publisher : {"@type": "Person", name};
}
