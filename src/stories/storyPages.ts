import {paginate} from "../lib/paginate.ts";
import type {Story} from "./story.ts";

/** Stories on one page of the home page's list; older ones follow on /page/2/, /page/3/… */
export const storiesPerPage = 20;

/** The home page's list in pages, newest first: page 1 is the home page itself. */
export function storyPages(stories: readonly Story[], perPage = storiesPerPage): {number: number; stories: Story[]}[] {
  return paginate(stories, perPage).map(({number, items}) => ({number, stories: items}));
}

/** The address of a page of the list. */
export const storyPagePath = (number: number) => (number === 1 ? "/" : `/page/${number}/`);
