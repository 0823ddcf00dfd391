/** The size social networks show a link preview at (Open Graph, X's large summary card). */
export const cardSize = {width: 1200, height: 630} as const;

/**
 * Where each card is published, as a site path (without the base path). Pages link
 * to cards by these alone, without loading what draws them (cardSvg.ts).
 */
export const cardPath = {
  site: () => "/cards/site.png",
  story: (slug: string) => `/cards/stories/${slug}.png`,
  chart: (id: string) => `/cards/charts/${id}.png`,
};
