import type {Problem} from "../lib/problem.ts";
import {didYouMean} from "../lib/suggest.ts";
import type {Data} from "../data/loadData.ts";
import {sourcesFile} from "../sources/loadSources.ts";
import {currentAddress} from "../settings/publicAddress.ts";
import type {StoryOutline} from "./story.ts";
import {storiesPerPage, storyPagePath} from "./storyPages.ts";
import {pageCount} from "../lib/paginate.ts";
import {chartsPerDataPage} from "../datapackage/dataPages.ts";
import {dataPagePath} from "../datapackage/dataUrls.ts";
import {sourcePagePath, sourcesPerPage} from "../sources/sourcePages.ts";

/** Every page the site builds, with the anchors on it that a story may link to. */
function sitePages(data: Data, stories: readonly StoryOutline[]): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>(["/charts/", "/search/"].map((path) => [path, new Set()]));
  // The paginated lists, counted as their pages count them.
  const lists = [[stories.length, storiesPerPage, storyPagePath], [data.sources.size, sourcesPerPage, sourcePagePath], [data.chartSpecs.size, chartsPerDataPage, dataPagePath]] as const;
  for (const [count, perPage, path] of lists) for (let number = 1; number <= pageCount(count, perPage); number++) pages.set(path(number), new Set());
  for (const id of [...data.sources.keys(), ...[...data.broken].filter((id) => !id.includes("/"))]) pages.set(`/sources/${id}/`, new Set());
  for (const story of stories) {
    const anchors = new Set([...story.headings.map((h) => h.id), "figure-notes-title", ...story.charts.map((c) => `chart-${c}`)]);
    pages.set(`/${story.slug}/`, anchors);
  }
  return pages;
}

/** Files a story may link to: the data package and robots.txt, the feed and sitemap when the site has an address, each chart's downloads. */
function siteFiles(data: Data): Set<string> {
  const files = new Set(["/robots.txt", "/datapackage.json", ...(currentAddress().site ? ["/feed.xml", "/sitemap.xml"] : [])]);
  for (const id of data.chartSpecs.keys()) for (const format of ["csv", "svg", "png"]) files.add(`/downloads/${id}.${format}`);
  return files;
}

/** Checks each story's internal links against the pages and headings the site will have. */
export function checkLinks(data: Data, stories: readonly StoryOutline[]): Problem[] {
  const pages = sitePages(data, stories);
  const files = siteFiles(data);
  return stories.flatMap((story) =>
    story.links.flatMap(({url, line, column}): Problem[] => {
      const [rawPath = "", anchor] = url.split("#");
      // A page's address ends in a slash (the site's rule); a file's ends in its extension.
      const path = rawPath === "" ? `/${story.slug}/` : rawPath.endsWith("/") || /\.[a-z0-9]+$/i.test(rawPath) ? rawPath : `${rawPath}/`;
      const where = {file: story.file, ...(line !== undefined && {line}), ...(column !== undefined && {column})};
      if (files.has(path)) return [];
      const anchors = pages.get(path);
      // While the source registry cannot be read, its pages are unknown: its own problem comes first.
      if (!anchors && path.startsWith("/sources/") && data.broken.has(sourcesFile)) return [];
      if (!anchors) {
        const guess = didYouMean(path, [...pages.keys()]);
        return [{...where, message: `the link ${url} goes to a page the site does not have`, fix: guess || `link to one of ${[...pages.keys()].join(", ")}`}];
      }
      if (anchor && !anchors.has(anchor)) {
        const guess = didYouMean(anchor, [...anchors]);
        return [{...where, message: `the link ${url} points to #${anchor}, which is not on that page`, fix: guess || "link to a heading: its anchor is the heading in lower case, with hyphens for spaces"}];
      }
      return [];
    }),
  );
}
