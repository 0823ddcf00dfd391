import {href} from "../lib/href.ts";

/** Where a chart's embed page, oEmbed and downloads live, as site paths. */
export function chartUrls(id: string) {
  return {
    embed: `/embed/${id}/`,
    oembed: `/embed/${id}/oembed.json`,
    csv: `/downloads/${id}.csv`,
    svg: `/downloads/${id}.svg`,
    png: `/downloads/${id}.png`,
  };
}

/** The same, as links with the site's base path. */
export function chartLinks(id: string) {
  return Object.fromEntries(Object.entries(chartUrls(id)).map(([key, path]) => [key, href(path)])) as ReturnType<typeof chartUrls>;
}
