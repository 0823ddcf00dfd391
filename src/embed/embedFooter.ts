import {h} from "hastscript";
import type {Element} from "hast";
import type {ChartModel} from "../charts/chart.ts";
import type {SiteSettings} from "../settings/settings.ts";
import {href} from "../lib/href.ts";
import type {Story} from "../stories/story.ts";
import {chartLinks} from "./chartUrls.ts";

/** Under an embedded chart: the credit, a link back to the story (in the top window), and the data. */
export function embedFooter(spec: ChartModel, story: Story | undefined, settings: SiteSettings): Element {
  return h("p.chart-credit", [
    `${settings.credit}. `,
    story ? h("a", {href: href(`/${story.slug}/`), target: "_top"}, `Read the story: ${story.frontMatter.title}`) : h("a", {href: href("/"), target: "_top"}, settings.name),
    " · ",
    h("a", {href: chartLinks(spec.id).csv, download: `${spec.id}.csv`, target: "_top"}, "Get the data"),
  ]);
}

/** In an embed, every link opens in the reader's window, not inside the iframe. */
export function linksToTop(element: Element): Element {
  const visit = (node: Element) => {
    if (node.tagName === "a") node.properties.target = "_top";
    for (const child of node.children) if (child.type === "element") visit(child);
  };
  visit(element);
  return element;
}
