import {JSDOM} from "jsdom";
import type {Notice} from "../../src/markdown/frontMatter.ts";
import type {Story} from "../../src/stories/story.ts";

const {DOMParser} = new JSDOM("").window;
/** Characters XML 1.0 does not allow in a document (lone surrogates included). */
export const notXml = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** A strict XML parse (jsdom's, on saxes): the document, or an error naming what is not well-formed. */
export function parseXml(text: string): Document {
  if (notXml.test(text)) throw new Error(`not XML 1.0: a disallowed character at ${text.search(notXml)}`);
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc as unknown as Document;
}

/** The children of `parent` named `name` in namespace `ns`, in order. */
export const children = (parent: Element | Document, ns: string, name: string): Element[] => [...parent.getElementsByTagNameNS(ns, name)];

/** A rendered story with the fields feeds read; the rest empty. */
export function testStory(slug: string, fields: {title?: string; dek?: string; byline?: string; published?: string; updated?: string; notices?: Notice[]; sources?: string[]; charts?: string[]} = {}): Story {
  const published = fields.published ?? "2026-11-20";
  const notices = fields.notices ?? [];
  return {
    slug,
    file: `content/${slug}.md`,
    frontMatter: {
      title: fields.title ?? `Title of ${slug}`,
      dek: fields.dek ?? `Dek of ${slug}.`,
      byline: fields.byline ?? "By the data desk",
      published,
      updated: fields.updated ?? [published, ...notices.map((n) => n.date)].sort().at(-1)!,
      sources: fields.sources ?? [],
      notices,
    },
    html: "<p>Body.</p>",
    notesHtml: "",
    charts: fields.charts ?? [],
    headings: [],
    links: [],
    quotes: [],
  };
}
