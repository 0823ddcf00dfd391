import {join} from "node:path";
import {toHtml} from "hast-util-to-html";
import {trackedCollections, trackedData, trackedModels} from "../data/trackedData.ts";
import {linkAddress} from "../lib/absoluteUrl.ts";
import {resultCheck} from "../lib/diskMemo.ts";
import {projectRoot} from "../lib/paths.ts";
import {ReadLog} from "../lib/readLog.ts";
import {resultMemo, resultsVersion} from "../lib/resultMemo.ts";
import {chartFigure} from "../render/chartFigure.ts";
import {chartOf, storyWithChart, type Site} from "../site.ts";
import {embedFooter, linksToTop} from "./embedFooter.ts";

/**
 * The HTML of a chart's figure on its embed page: the figure with its title as
 * the page's heading, a footer (credit, a link back to the story that places
 * it, the data), and every link opening in the reader's window. Kept between
 * builds (resultMemo) with what it read: the chart's model (by the hash of its
 * inputs) and the sources it names. A correction makes again only the figures
 * that show it; at 3,000 charts, making every one took about 2 of a rebuild's 18 s.
 */
export function embedFigureHtml(site: Site, id: string, root = projectRoot()): string {
  const {memo, file, key, now, story} = figureMemo(site, id, root);
  const kept = memo.get(file, key, now);
  if (kept !== undefined) return kept;
  const reads = new ReadLog();
  const data = trackedData(site.data, reads);
  const chart = trackedModels(site.charts, reads).get(id) ?? chartOf(site, id);
  const figure = linksToTop(chartFigure(chart, data, {titleTag: "h1", extras: () => [embedFooter(chart, story, data.settings)]}));
  const html = toHtml(figure, {allowDangerousHtml: true});
  memo.set(file, key, reads, html);
  return html;
}

/**
 * A digest of the figure embedFigureHtml gives, for its page's key: read from
 * the figure kept by an earlier build without reading the figure itself (a
 * rebuild copies thousands of embed pages that never need theirs), or made.
 */
export function embedFigureDigest(site: Site, id: string, root = projectRoot()): string {
  const {memo, file, key, now} = figureMemo(site, id, root);
  return memo.digest(file, key, now) ?? resultCheck(embedFigureHtml(site, id, root));
}

function figureMemo(site: Site, id: string, root: string) {
  // Held deflated: thousands are, each read by its page and its page's key.
  const memo = resultMemo<string>(root, "embeds", {packed: true});
  // Kept by its chart's file, as a story's page is by its own.
  const file = join(root, "data", "charts", `${id}.json`);
  const story = storyWithChart(site, id);
  // Besides what it reads: the settings (credit, name), the code, the site's address and the story it links to.
  const key = JSON.stringify([site.data.settings, resultsVersion(), linkAddress(), story ? [story.slug, story.frontMatter.title] : null]);
  return {memo, file, key, now: trackedCollections(site.data, site.charts), story};
}
