import {dataPages} from "../datapackage/dataPages.ts";
import {dataPagePath} from "../datapackage/dataUrls.ts";
import type {Site} from "../site.ts";
import {sourcePagePath, sourcePages} from "../sources/sourcePages.ts";
import {storyPagePath, storyPages} from "../stories/storyPages.ts";
import type {Story} from "../stories/story.ts";

/** A page written for readers (not an embed, a download or a feed), for the sitemap. */
export interface ReaderPage {
  /** The page's path below the site's base path: "/", "/bus-fares/", "/sources/". */
  path: string;
  /**
   * The last day its content changed, YYYY-MM-DD: for a story its `updated` date (the
   * latest of updated, corrections and updates); for a page listing stories, sources or
   * charts the latest such date of what it shows. Absent when nothing it shows is dated.
   */
  lastmod?: string;
}

/** The latest `updated` date of some stories, or undefined when there are none. */
const latest = (stories: readonly Story[]): string | undefined => stories.map((story) => story.frontMatter.updated).sort().at(-1);

/**
 * Every page a reader (or a search engine) should find, from the same loaders the
 * pages are built from: the home page and its further pages, each story, the
 * sources' pages and each source, the chart types, the data pages and the search page.
 * Embed pages are left out: they stay noindex, and their
 * story is the page to find.
 */
export function readerPages(site: Pick<Site, "stories" | "data" | "charts">): ReaderPage[] {
  const {stories} = site;
  // A source's page marks the passages stories quote, so it changes when a story citing it does.
  const lastCited = new Map<string, string>();
  for (const story of stories) {
    for (const id of story.frontMatter.sources) if ((lastCited.get(id) ?? "") < story.frontMatter.updated) lastCited.set(id, story.frontMatter.updated);
  }
  const sourceIds = [...site.data.sources.keys()];
  const pages: ReaderPage[] = [
    ...storyPages(stories).map((page) => ({path: storyPagePath(page.number), lastmod: latest(page.stories)})),
    ...stories.map((story) => ({path: `/${story.slug}/`, lastmod: story.frontMatter.updated})),
    ...sourcePages([...site.data.sources.values()]).map((page) => {
      const listed = new Set(page.sources.map((source) => source.id));
      return {path: sourcePagePath(page.number), lastmod: latest(stories.filter((story) => story.frontMatter.sources.some((id) => listed.has(id))))};
    }),
    ...sourceIds.map((id) => ({path: `/sources/${id}/`, lastmod: lastCited.get(id)})),
    // The gallery draws the site's charts: they change with the stories that place them.
    {path: "/charts/", lastmod: latest(stories.filter((story) => story.charts.length > 0))},
    // The data pages list the charts' tables, which change with the stories that place them.
    ...dataPages([...site.charts.values()]).map((page) => ({path: dataPagePath(page.number), lastmod: latest(stories.filter((story) => story.charts.length > 0))})),
    // Nothing dates the search page.
    {path: "/search/"},
  ];
  return pages.map(({path, lastmod}) => (lastmod ? {path, lastmod} : {path}));
}
