import {toHtml} from "hast-util-to-html";
import {describe, expect, it} from "vitest";
import {embedFigureHtml} from "../../src/embed/embedFigure.ts";
import {embedFooter, linksToTop} from "../../src/embed/embedFooter.ts";
import {chartFigure} from "../../src/render/chartFigure.ts";
import {readSite, storyWithChart, type Site} from "../../src/site.ts";
import {copyContent} from "../helpers/project.ts";

/** The figure made afresh, as the embed page made it before figures were kept. */
const fresh = (site: Site, id: string) => {
  const chart = site.charts.get(id)!;
  return toHtml(linksToTop(chartFigure(chart, site.data, {titleTag: "h1", extras: () => [embedFooter(chart, storyWithChart(site, id), site.data.settings)]})), {allowDangerousHtml: true});
};

describe("an embed page's figure, kept between builds with what it read", () => {
  it("is the figure made afresh, and is made again when anything it shows changes: a source it names, the story it links to", () => {
    const {dir, edit} = copyContent("embed-figure");
    let site = readSite(dir);
    // A chart that names a source and is placed in a story: its figure reads both.
    const chart = [...site.charts.values()].find((model) => model.citations.length && storyWithChart(site, model.id))!;
    const source = site.data.sources.get(chart.citations[0]!.source)!;
    const story = storyWithChart(site, chart.id)!;
    expect(embedFigureHtml(site, chart.id, dir)).toBe(fresh(site, chart.id));

    // The source's date is not among the chart's inputs (its drawing does not show it), but its source line does: "CNN (2023)".
    const year = source.date.from.slice(0, 4);
    edit("data/sources.json", (text) => text.replace(`"from": "${source.date.from}"`, `"from": "${Number(year) - 1}${source.date.from.slice(4)}"`));
    site = readSite(dir);
    const redated = embedFigureHtml(site, chart.id, dir);
    expect(redated).toContain(`${source.outlet} (${Number(year) - 1})`);
    expect(redated).toBe(fresh(site, chart.id));

    // The story's headline is in the link back to it.
    edit(`content/${story.slug}.md`, (text) => text.replace(/^title: .*$/m, "title: A headline corrected"));
    site = readSite(dir);
    expect(embedFigureHtml(site, chart.id, dir)).toContain("Read the story: A headline corrected");
    expect(embedFigureHtml(site, chart.id, dir)).toBe(fresh(site, chart.id));
  });
});
