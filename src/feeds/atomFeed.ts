import {formatDate} from "../format/formatDate.ts";
import type {SiteSettings} from "../settings/settings.ts";
import type {Story} from "../stories/story.ts";
import {storyAuthor} from "../stories/storyAuthor.ts";
import {escapeXml} from "./escapeXml.ts";
import {addressIn, feedPath} from "./feedAddresses.ts";

/**
 * Entries in the feed: the stories most recently updated. Readers fetch the feed
 * often, so it stays the same size as the site grows; a correction to an older
 * story brings it back in.
 */
export const feedEntries = 50;

/** A front-matter day as an RFC 3339 date-time (midnight UTC, as the pages date it). */
const dateTime = (day: string) => `${day}T00:00:00Z`;


/** Stories newest first by their last change (a correction counts), then by publication. */
export function byLastChange(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) => b.frontMatter.updated.localeCompare(a.frontMatter.updated) || b.frontMatter.published.localeCompare(a.frontMatter.published) || a.slug.localeCompare(b.slug));
}

/**
 * The entry's HTML: the dek, then the story's corrections and updates, dated and
 * labelled as on its page, so a feed reader shows what changed, and a link to the
 * story. Editor text is escaped here as HTML; the whole is escaped again as XML.
 */
function entryHtml(story: Story, link: string, locale: string): string {
  const {dek, notices} = story.frontMatter;
  const parts = [`<p>${escapeXml(dek)}</p>`];
  if (notices.length) {
    const items = notices.map((notice) => `<li><strong>${notice.kind === "correction" ? "Correction" : "Update"}, <time datetime="${notice.date}">${escapeXml(formatDate(notice.date, locale))}</time>:</strong> ${escapeXml(notice.text)}</li>`);
    parts.push(`<h2>Corrections and updates</h2>`, `<ul>${items.join("")}</ul>`);
  }
  parts.push(`<p><a href="${escapeXml(link)}">Read the story</a></p>`);
  return parts.join("");
}

/**
 * The site's stories as an Atom feed (RFC 4287): the site's name, description
 * and language; one entry per story (the `feedEntries` most recently changed),
 * newest first, identified by its page's address, its `updated` date moving
 * with every correction or update, which the entry's content lists.
 *
 * @param root the site's public address with its base path, ending in "/"
 * @throws when there is no story: a feed needs a date it was last updated
 */
export function atomFeed(stories: readonly Story[], settings: Pick<SiteSettings, "name" | "home" | "locale" | "byline">, root: string): string {
  const entries = byLastChange(stories).slice(0, feedEntries);
  if (!entries.length) throw new Error("an Atom feed needs at least one story");
  const home = addressIn(root, "/");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(settings.locale)}">`,
    `  <id>${escapeXml(home)}</id>`,
    `  <title>${escapeXml(settings.name)}</title>`,
    `  <subtitle>${escapeXml(settings.home.description)}</subtitle>`,
    `  <updated>${dateTime(entries[0]!.frontMatter.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(addressIn(root, feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <author><name>${escapeXml(settings.name)}</name><uri>${escapeXml(home)}</uri></author>`,
  ];
  for (const story of entries) {
    const {title, dek, byline, published, updated} = story.frontMatter;
    const link = addressIn(root, `/${story.slug}/`);
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <published>${dateTime(published)}</published>`,
      `    <updated>${dateTime(updated)}</updated>`,
      `    <author><name>${escapeXml(storyAuthor(byline, settings).name)}</name></author>`,
      `    <summary>${escapeXml(dek)}</summary>`,
      `    <content type="html">${escapeXml(entryHtml(story, link, settings.locale))}</content>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
