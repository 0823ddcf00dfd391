/**
 * A list in pages of at most `perPage`, numbered from 1, so no page of a list
 * grows with the site: page 1 is the list's own page, the others follow it.
 * An empty list is one empty page.
 */
export function paginate<T>(items: readonly T[], perPage: number): {number: number; items: T[]}[] {
  const pages = [];
  for (let start = 0, number = 1; start < Math.max(1, items.length); start += perPage, number++) pages.push({number, items: items.slice(start, start + perPage)});
  return pages;
}
