import {toHtml} from "hast-util-to-html";
import type {Root} from "mdast";
import type {LeafDirective} from "mdast-util-directive";
import {visit} from "unist-util-visit";
import {chartSpecsFolder} from "../data/loadChartSpecs.ts";
import {chartTools} from "../embed/chartTools.ts";
import {didYouMean} from "../lib/suggest.ts";
import {chartFigure} from "../render/chartFigure.ts";
import {at, type StoryContext} from "./context.ts";

/** `::chart{#bus-fares}` on a line of its own places the chart data/charts/bus-fares.json, drawn at build time. */
export function remarkCharts(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "leafDirective", (node: LeafDirective, index, parent) => {
      if (node.name !== "chart" || !parent || index === undefined) return;
      const id = node.attributes?.id ?? "";
      const model = context.models.get(id);
      const placeholder = () => (parent.children[index] = {type: "paragraph", children: [{type: "text", value: `[chart ${id}]`}]});
      if (!model) {
        placeholder();
        // A chart whose spec or data has problems is reported there; the build stops anyway.
        if (context.data.chartSpecs.has(id) || context.data.broken.has(`${chartSpecsFolder}/${id}.json`)) return;
        const known = [...context.data.chartSpecs.keys()];
        const guess = didYouMean(id, known);
        const list = known.length ? `The charts are: ${known.join(", ")}` : "There are no charts yet: npm run new:chart -- an-id makes one";
        context.problems.add({
          file: context.file, ...at(node),
          message: id ? `there is no chart "${id}"` : "this ::chart has no id",
          fix: guess ? `${guess} ${list}` : `use a chart in ${chartSpecsFolder}/. ${list}`,
        });
        return;
      }
      if (context.charts.includes(id)) {
        placeholder();
        context.problems.add({file: context.file, ...at(node), message: `the chart "${id}" is already placed in this story`, fix: "place each chart once in a story; link to it instead with [see the chart](#chart-" + id + ")"});
        return;
      }
      context.charts.push(id);
      parent.children[index] = {type: "html", value: toHtml(chartFigure(model, context.data, {extras: (panels) => [chartTools(model, panels)]}), {allowDangerousHtml: true})};
    });
  };
}
