import {h} from "hastscript";
import type {Element, ElementContent} from "hast";
import type {ChartModel} from "../charts/chart.ts";
import type {Data} from "../data/loadData.ts";
import {dataPackagePath, dataPagePath} from "../datapackage/dataUrls.ts";
import {chartLinks} from "../embed/chartUrls.ts";
import {href} from "../lib/href.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";
import {citedSources} from "./citedSources.ts";
import {chartIds, renderChart, type RenderedPanel} from "./renderChart.ts";

const raw = (value: string): ElementContent => ({type: "raw", value}) as unknown as ElementContent;

/** "Sources: CNN; The Guardian", each linked to the source's page with its cleaned text and quotes. */
function sourceLine(spec: ChartModel, data: Data): Element {
  const sources = citedSources(spec, data);
  const links = sources.flatMap(({id, label}, index) => [...(index ? ["; "] : []), h("a", {href: sourceHref(id)}, label)]);
  return h("p.chart-source", [`Source${sources.length > 1 ? "s" : ""}: `, ...links, ". Figures checked against their sources at build time."]);
}

/** Under a chart's data table: the table as a CSV, and every table of the site as a data package. */
function dataLinks(spec: ChartModel): Element {
  return h("p.chart-data-links", [
    "Download this table (",
    h("a", {href: chartLinks(spec.id).csv, download: `${spec.id}.csv`}, "CSV"),
    "), or every table on this site as a ",
    h("a", {href: href(dataPackagePath), type: "application/json"}, "Data Package"),
    " (see ",
    h("a", {href: href(dataPagePath())}, "the data page"),
    ").",
  ]);
}

/**
 * A chart as a complete, accessible figure: HTML title and subtitle, the SVG
 * panels in a narrow and a wide layout, notes, a source line, a description
 * generated from the data, and the data as a table a reader can open. The same
 * markup serves the story and any other page that shows a chart.
 */
export function chartFigure(
  spec: ChartModel,
  data: Data,
  {scope = "", extras = () => [], titleTag = "p"}: {scope?: string; extras?: (panels: RenderedPanel[]) => Element[]; titleTag?: "p" | "h1"} = {},
): Element {
  const ids = chartIds(spec.id, scope);
  const rendered = renderChart(spec, scope);
  const panels = rendered.map((panel) =>
    h("div.chart-panel", [
      ...(panel.heading ? [h("p.chart-panel-heading", panel.heading)] : []),
      h("div.chart-layout.chart-wide", [raw(panel.wide)]),
      h("div.chart-layout.chart-narrow", [raw(panel.narrow)]),
    ]),
  );
  const table = h("table", [
    h("caption", `Data behind “${spec.title}”`),
    h("thead", h("tr", spec.table.columns.map((column) => h("th", {scope: "col"}, column)))),
    h("tbody", spec.table.rows.map((row) =>
      h("tr", row.map((cell, index) => {
        const content = cell.href ? h("a", {href: cell.href}, cell.text) : cell.text;
        return index === 0 ? h("th", {scope: "row"}, content) : h("td", {className: cell.numeric ? ["num"] : []}, content);
      })),
    )),
  ]);
  return h("figure.chart", {id: ids.figure, ariaLabelledBy: ids.title, dataChart: spec.id}, [
    h("figcaption.chart-head", [h(`${titleTag}.chart-title`, {id: ids.title}, spec.title), h("p.chart-subtitle", spec.subtitle)]),
    ...panels,
    h("p.chart-description.visually-hidden", {id: ids.description}, spec.description),
    ...(spec.notes.length ? [h("div.chart-notes", spec.notes.map((note) => h("p", note)))] : []),
    sourceLine(spec, data),
    ...extras(rendered),
    h("details.chart-data", {id: ids.table}, [h("summary", "Show the data behind this chart"), h("div.table-scroll", {tabIndex: 0, role: "region", ariaLabel: `Data: ${spec.title}`}, [table]), dataLinks(spec)]),
  ]);
}
