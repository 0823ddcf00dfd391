import {toHtml} from "hast-util-to-html";
import type {Root} from "mdast";
import type {LeafDirective} from "mdast-util-directive";
import {visit} from "unist-util-visit";
import {buildChart} from "../charts/buildChart.ts";
import {charts} from "../charts/index.ts";
import {didYouMean} from "../lib/suggest.ts";
import {chartTools} from "../embed/chartTools.ts";
import {chartFigure} from "../render/chartFigure.ts";
import {at, type StoryContext} from "./context.ts";

/** `::chart{#workforce-demographics}` on a line of its own places a chart, drawn from data/ at build time. */
export function remarkCharts(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "leafDirective", (node: LeafDirective, index, parent) => {
      if (node.name !== "chart" || !parent || index === undefined) return;
      const id = node.attributes?.id ?? "";
      const chart = charts.get(id);
      const placeholder = () => (parent.children[index] = {type: "paragraph", children: [{type: "text", value: `[chart ${id}]`}]});
      if (!chart) {
        placeholder();
        const guess = didYouMean(id, [...charts.keys()]);
        context.problems.add({
          file: context.file, ...at(node),
          message: id ? `there is no chart "${id}"` : "this ::chart has no id",
          fix: guess ? `${guess} The charts are: ${[...charts.keys()].join(", ")}` : `use one of: ${[...charts.keys()].join(", ")}`,
        });
        return;
      }
      const spec = buildChart(chart, context.data, context.problems);
      if (!spec) {
        placeholder();
        return;
      }
      context.charts.push(id);
      parent.children[index] = {type: "html", value: toHtml(chartFigure(spec, context.data, {extras: (panels) => [chartTools(spec, panels)]}), {allowDangerousHtml: true})};
    });
  };
}
