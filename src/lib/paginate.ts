/** How many pages a list of `count` items takes at `perPage` a page: at least one (an empty list is one empty page). */
export const pageCount = (count: number, perPage: number) => Math.max(1, Math.ceil(count / perPage));

/**
 * A list in pages of at most `perPage`, numbered from 1, so no page of a list
 * grows with the site: page 1 is the list's own page, the others follow it.
 * An empty list is one empty page.
 */
export function paginate<T>(items: readonly T[], perPage: number): {number: number; items: T[]}[] {
  return Array.from({length: pageCount(items.length, perPage)}, (_, i) => ({number: i + 1, items: items.slice(i * perPage, (i + 1) * perPage)}));
}
