import {domainToUnicode} from "node:url";
import type {Site} from "../site.ts";
import {siteUrl} from "../lib/absoluteUrl.ts";
import {href} from "../lib/href.ts";
import {cardPath} from "./cardPath.ts";
import {cardSvg, type CardContent} from "./cardSvg.ts";

/** One card to draw: its site path and its SVG. */
export interface Card {
  path: string;
  svg: () => string;
  /**
   * What it shows, as text, its chart by the hash of the chart's inputs: under
   * the same code, the same text makes the same SVG. None when its chart has no such hash.
   */
  shows?: string;
}

function card(path: string, content: CardContent): Card {
  const {chart, ...words} = content;
  return {path, svg: () => cardSvg(content), ...((!chart || chart.inputKey) && {shows: JSON.stringify({...words, chart: chart?.inputKey})})};
}

/**
 * Every link-preview card of a site: one for the site (its home and index
 * pages), one per story (its headline and first chart, or its dek) and one per
 * chart (its title and the chart). Each SVG is made when asked for: the build
 * asks once per card, to find it in the render cache or to draw it.
 */
export function siteCards(site: Site): Card[] {
  const {settings} = site.data;
  // Shown as readers type it: an internationalised host in its own letters, not as punycode.
  const address = siteUrl() ? `${domainToUnicode(new URL(siteUrl()!).host)}${href("/")}`.replace(/\/$/, "") : undefined;
  const base: Omit<CardContent, "title"> = {siteName: settings.name, locale: settings.locale, ...(address && {address})};
  return [
    card(cardPath.site(), {...base, title: settings.home.heading, dek: settings.home.description}),
    ...site.stories.map((story) => card(cardPath.story(story.slug), {...base, title: story.frontMatter.title, dek: story.frontMatter.dek, chart: story.charts.length ? site.charts.get(story.charts[0]!) : undefined})),
    ...[...site.charts.values()].map((chart) => card(cardPath.chart(chart.id), {...base, title: chart.title, chart})),
  ];
}
