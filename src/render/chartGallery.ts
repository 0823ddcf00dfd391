import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {ChartModel} from "../charts/chart.ts";
import {chartTypes} from "../charts/index.ts";
import {projectRoot} from "../lib/paths.ts";
import type {Site} from "../site.ts";

/** At most this many of a type's charts are listed by name; the page never grows with the site. */
const listed = 12;

export interface GalleryType {
  name: string;
  summary: string;
  /** Each field a spec of the type may give, with what a valid value looks like. */
  fields: {name: string; help: string}[];
  /** The type's first chart on the site, drawn; none when the site does not use the type yet. */
  example?: ChartModel;
  /** The spec file of the example and its text, for editors to copy. */
  exampleFile?: string;
  exampleSpec?: string;
  /** Others of the type, by id and title, and how many more there are. */
  others: {id: string; title: string}[];
  more: number;
}

/** Every chart type, in the order they are registered, with one of the site's charts of it to show. */
export function chartGallery(site: Site, root = projectRoot()): GalleryType[] {
  const byType = new Map<string, ChartModel[]>();
  for (const [id, spec] of site.data.chartSpecs) {
    const model = site.charts.get(id);
    if (model) byType.set(spec.type, [...(byType.get(spec.type) ?? []), model]);
  }
  return [...chartTypes.values()].map((type) => {
    const [example, ...rest] = byType.get(type.name) ?? [];
    return {
      name: type.name,
      summary: type.summary,
      fields: Object.entries(type.help).map(([name, help]) => ({name, help})),
      ...(example && {example, exampleFile: site.data.chartSpecs.get(example.id)!.file, exampleSpec: readFileSync(join(root, site.data.chartSpecs.get(example.id)!.file), "utf8")}),
      others: rest.slice(0, listed).map(({id, title}) => ({id, title})),
      more: Math.max(0, rest.length - listed),
    };
  });
}
