import type {ChartModel} from "../charts/chart.ts";
import {dataPackagePath, dataPagePath} from "../datapackage/dataUrls.ts";
import {packageDescription, packageTitle} from "../datapackage/packageWords.ts";
import {chartUrls} from "../embed/chartUrls.ts";
import {absoluteUrl} from "../lib/absoluteUrl.ts";
import type {Site} from "../site.ts";

/** Google's limits on a Dataset's description (https://developers.google.com/search/docs/appearance/structured-data/dataset). */
export const descriptionLength = {min: 50, max: 5000};

/** Text cut to at most `max` characters, ending with an ellipsis when cut. */
function clamp(text: string, max: number): string {
  // A cut through a surrogate pair would leave half a character.
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, "")}…`;
}

/**
 * schema.org Dataset for the site's published data, for the data page's
 * JSON-LD (escape it with jsonLd()). `listed` are the charts the page lists:
 * each CSV is a DataDownload and each source it cites a citation, so the
 * structured data grows with the page, not the site; the data package, the
 * first download, lists every CSV.
 */
export function datasetLd(site: Pick<Site, "data" | "stories">, tables: number, listed: readonly ChartModel[]): Record<string, unknown> {
  const {settings, sources} = site.data;
  const organisation = {"@type": "Organization", name: settings.name, url: absoluteUrl("/")};
  const description = `${packageDescription(settings, tables)} A Frictionless Data Package, datapackage.json, describes every table: each column’s type, unit and meaning, and the sources of its rows.`;
  // A story's updated date is its latest correction or update: the site's own record of when its published data last changed.
  const updated = site.stories.filter((story) => story.charts.length).map((story) => story.frontMatter.updated).sort().at(-1);
  const cited = [...new Set(listed.flatMap((chart) => chart.citations.map((citation) => citation.source)))];
  return {
    "@type": "Dataset",
    name: packageTitle(settings),
    description: clamp(description, descriptionLength.max),
    url: absoluteUrl(dataPagePath(1)),
    ...(settings.licence && {license: settings.licence.path}),
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    ...(updated && {dateModified: updated}),
    distribution: [
      {"@type": "DataDownload", name: "Frictionless Data Package (datapackage.json)", encodingFormat: "application/json", contentUrl: absoluteUrl(dataPackagePath)},
      ...listed.map((chart) => ({"@type": "DataDownload", name: chart.title, encodingFormat: "text/csv", contentUrl: absoluteUrl(chartUrls(chart.id).csv)})),
    ],
    citation: cited.map((id) => {
      const source = sources.get(id);
      return {"@type": "CreativeWork", name: source?.title ?? id, url: absoluteUrl(`/sources/${id}/`), ...(source && {publisher: {"@type": "Organization", name: source.outlet}})};
    }),
  };
}
