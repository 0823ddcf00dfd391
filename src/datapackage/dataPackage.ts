import {csvParseRows} from "d3";
import type {ChartModel} from "../charts/chart.ts";
import type {Data} from "../data/loadData.ts";
import {chartUrls} from "../embed/chartUrls.ts";
import {toCsv} from "../embed/toCsv.ts";
import {absoluteUrl, siteUrl} from "../lib/absoluteUrl.ts";
import {sha256} from "../lib/sha256.ts";
import type {Licence} from "../settings/settings.ts";
import type {Site} from "../site.ts";
import {columnMeanings} from "./columnMeanings.ts";
import {dataPackagePath} from "./dataUrls.ts";
import {packageLink, packagePath} from "./packageLink.ts";
import {packageDescription, packageName, packageTitle} from "./packageWords.ts";
import {tableSchema, type TableSchema} from "./tableSchema.ts";

/** The Data Package profile the package declares, and is tested against. */
export const dataPackageProfile = "https://datapackage.org/profiles/2.0/datapackage.json";

/** A source of a resource or of the package, in Frictionless's shape. */
export interface PackageSource {
  title: string;
  /** The source's page on this site, with its text and every passage quoted. */
  path: string;
}

/** One chart's CSV, as a Frictionless tabular data resource. */
export interface Resource {
  /** The chart's id. */
  name: string;
  type: "table";
  /** downloads/<id>.csv, relative to the package. */
  path: string;
  title: string;
  description?: string;
  /** The chart on its own page, when the site's address is known (Frictionless asks for a full URL here). */
  homepage?: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  sources: PackageSource[];
  schema: TableSchema;
}

/** datapackage.json: every CSV the site publishes, described (Frictionless Data Package v2). */
export interface DataPackage {
  $schema: string;
  name: string;
  /** The package's own address, when the site's address is known. */
  id?: string;
  title: string;
  description: string;
  homepage?: string;
  licenses?: Licence[];
  contributors: {title: string; roles: string[]; path?: string}[];
  sources: PackageSource[];
  resources: Resource[];
}

/** Each source a chart cites, once, in the order first cited. */
function sourcesOf(ids: Iterable<string>, data: Data): PackageSource[] {
  return [...new Set(ids)].map((id) => {
    const source = data.sources.get(id);
    return {title: source ? `${source.outlet}: ${source.title}` : id, path: packageLink(`/sources/${id}/`)};
  });
}

/** A chart's CSV as a resource: exactly the file the build writes, its columns described from the data they come from. */
export function chartResource(model: ChartModel, data: Data): Resource {
  const csv = toCsv(model);
  const [header = [], ...rows] = csvParseRows(csv);
  const spec = data.chartSpecs.get(model.id);
  const meanings = spec ? columnMeanings(model, spec, data) : model.table.columns.map(() => undefined);
  const description = [model.subtitle, ...model.notes].filter(Boolean).join(" ");
  return {
    name: model.id,
    type: "table",
    path: packagePath(chartUrls(model.id).csv),
    title: model.title,
    ...(description && {description}),
    ...(siteUrl() && {homepage: absoluteUrl(chartUrls(model.id).embed)}),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: Buffer.byteLength(csv),
    hash: `sha256:${sha256(csv)}`,
    sources: sourcesOf(model.citations.map((citation) => citation.source), data),
    schema: tableSchema(header, rows, model.table.columns, meanings, data.settings),
  };
}

/**
 * The site's data package: a resource for every chart's CSV, the sources they
 * cite, and the licence from data/site.json. Paths are relative to the package,
 * so it is valid and usable with or without a known site address; addresses
 * for readers (homepage, id) are given when the address is known.
 */
export function dataPackage(site: Pick<Site, "data" | "charts">): DataPackage {
  const {settings} = site.data;
  const charts = [...site.charts.values()];
  const home = siteUrl() ? absoluteUrl("/") : undefined;
  return {
    $schema: dataPackageProfile,
    name: packageName(settings),
    ...(siteUrl() && {id: absoluteUrl(dataPackagePath)}),
    title: packageTitle(settings),
    description: packageDescription(settings, charts.length),
    ...(home && {homepage: home}),
    ...(settings.licence && {licenses: [settings.licence]}),
    contributors: [{title: settings.name, roles: ["publisher"], ...(home && {path: home})}],
    sources: sourcesOf(charts.flatMap((chart) => chart.citations.map((citation) => citation.source)), site.data),
    resources: charts.map((chart) => chartResource(chart, site.data)),
  };
}
