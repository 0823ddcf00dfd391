import type {FrontMatter} from "../markdown/frontMatter.ts";
import type {Heading} from "../rehype/rehypeHeadings.ts";

/** A story from content/, rendered. */
export interface Story {
  /** From the file name: content/bus-fares.md is /bus-fares/. */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  frontMatter: FrontMatter;
  /** The body as HTML, charts and figures resolved. */
  html: string;
  /** The figure notes section, as HTML ("" when the story cites no figures). */
  notesHtml: string;
  /** Ids of the charts it places. */
  charts: string[];
  /** Section headings, for the table of contents. */
  headings: Heading[];
  /** Site-internal links in its prose, checked by checkLinks. */
  links: {url: string; line?: number; column?: number}[];
  /** Quotes of sources in its prose. */
  quotes: {source: string; quote: string}[];
}

/** What link checking needs of a story; known even for a story whose front matter has problems. */
export type StoryOutline = Pick<Story, "slug" | "file" | "headings" | "charts" | "links">;
