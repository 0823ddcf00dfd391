import {paginate} from "../lib/paginate.ts";
import type {Source} from "./loadSources.ts";

/** Sources listed on one page of /sources/: about 18 KB a page however many the site cites (1,000 on one page would be 175 KB). */
export const sourcesPerPage = 100;

/** The sources page's list in pages: page 1 is /sources/ itself. */
export function sourcePages(sources: readonly Source[], perPage = sourcesPerPage): {number: number; sources: Source[]}[] {
  return paginate(sources, perPage).map(({number, items}) => ({number, sources: items}));
}

/** The address of a page of the sources list. */
export const sourcePagePath = (number = 1) => (number === 1 ? "/sources/" : `/sources/page/${number}/`);
