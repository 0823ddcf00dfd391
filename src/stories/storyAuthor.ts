import type {SiteSettings} from "../settings/settings.ts";

/** Who a story is by, for feeds and structured data: a person, or the site itself. */
export interface StoryAuthor {
  kind: "person" | "organization";
  name: string;
}

/**
 * A story's author from its byline. The site's default byline ("By the data desk")
 * names no one: the author is then the site, by its name. A byline of its own names
 * people; a leading "By" (or the site's language's word for it) is not part of their names.
 */
export function storyAuthor(byline: string, settings: Pick<SiteSettings, "name" | "byline" | "locale">): StoryAuthor {
  if (byline === settings.byline) return {kind: "organization", name: settings.name};
  // Only the site's own language's word: "Von Trier" in an English byline is a name.
  const word = new Set(["by", bylineWord[new Intl.Locale(settings.locale).language] ?? "by"]);
  const [first = "", ...rest] = byline.trim().split(/\s+/);
  const name = word.has(first.toLowerCase()) && rest.length ? rest.join(" ") : byline.trim();
  return {kind: "person", name};
}

/** The word a byline starts with, by language: "By Ana Díaz", "Von Jana Müller", "Par Léa Martin". */
const bylineWord: Record<string, string> = {en: "by", de: "von", fr: "par", es: "por", pt: "por", it: "di", nl: "door", sv: "av", nb: "av", no: "av", da: "af", pl: "przez", cs: "autor", fi: "kirjoittanut"};
