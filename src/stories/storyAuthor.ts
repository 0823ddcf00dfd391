import type {SiteSettings} from "../settings/settings.ts";

/** Who a story is by, for feeds and structured data: a person, or the site itself. */
export interface StoryAuthor {
  kind: "person" | "organization";
  name: string;
}

/**
 * A story's author from its byline. The site's default byline ("By the data desk")
 * names no one: the author is then the site, by its name. A byline of its own names
 * people; a leading "By" is the page's word, not part of their names.
 */
export function storyAuthor(byline: string, settings: Pick<SiteSettings, "name" | "byline">): StoryAuthor {
  if (byline === settings.byline) return {kind: "organization", name: settings.name};
  const name = byline.replace(/^by\s+(?=\S)/i, "").trim();
  return {kind: "person", name: name || byline};
}
