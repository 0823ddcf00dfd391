/** The site's name and the credit line on every chart, embed and download. */
export const siteConfig = {
  name: "Casey Review explainer",
  credit: "Chart: Casey Review explainer data desk",
} as const;
