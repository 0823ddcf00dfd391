import type {Parent, Root} from "mdast";
import type {TextDirective} from "mdast-util-directive";
import {visit} from "unist-util-visit";
import {formatFigure} from "../format/formatFigure.ts";
import {didYouMean} from "../lib/suggest.ts";
import {datasetFigure} from "../data/datasetFigure.ts";
import type {Figure} from "../data/loadData.ts";
import {at, type StoryContext} from "./context.ts";

/**
 * `:fig{#met-white-share}` prints a figure from data/ in the prose, linked to
 * its note (value, source, quote), so prose and charts always agree.
 */
export function remarkFigures(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "textDirective", (node: TextDirective, index, parent) => {
      if (node.name !== "fig" || !parent || index === undefined) return;
      if (parent.type === "link" || parent.type === "linkReference") {
        context.problems.add({file: context.file, ...at(node), message: "a figure inside a link's words cannot link to its note", fix: "move :fig{…} out of the [link text](…)"});
        parent.children[index] = {type: "text", value: ""};
        return;
      }
      const {data: datasetAttribute, ...rowAttributes} = (node.attributes ?? {}) as Record<string, string>;
      if (datasetAttribute !== undefined) {
        const dataset = context.data.datasets.get(datasetAttribute);
        const found = dataset ? datasetFigure(dataset, rowAttributes) : undefined;
        if (!found || !("figure" in found)) {
          parent.children[index] = {type: "text", value: `[${datasetAttribute}]`};
          if (context.data.broken.has(`data/datasets/${datasetAttribute}.csv`)) return; // the dataset's own problems say what is wrong
          const guess = didYouMean(datasetAttribute, [...context.data.datasets.keys()]);
          context.problems.add({file: context.file, ...at(node), ...(found ?? {message: `there is no dataset "${datasetAttribute}" in data/datasets/`, fix: guess || `use one of: ${[...context.data.datasets.keys()].join(", ") || "(no datasets yet)"}`})});
          return;
        }
        cite(found.figure, index, parent);
        return;
      }
      const id = node.attributes?.id ?? "";
      const figure = context.data.figures.get(id);
      if (!figure) {
        parent.children[index] = {type: "text", value: `[${id}]`};
        if (context.data.broken.has(id)) return; // its row's own problem says what is wrong
        const guess = didYouMean(id, [...context.data.figures.keys()]);
        context.problems.add({
          file: context.file, ...at(node),
          message: id ? `there is no figure "${id}" in data/` : "this :fig has no id",
          fix: guess ? `${guess} Write :fig{#${guess.match(/"(.+)"/)?.[1]}}` : "write :fig{#id} with the id of a row in data/facts/ or data/derived.csv",
        });
        return;
      }
      cite(figure, index, parent);
    });
  };

  /** Prints the figure in place, linked to its note, and counts the citation for the note's links back. */
  function cite(figure: Figure, index: number, parent: Parent): void {
    const entry = context.cited.get(figure.id) ?? {figure, count: 0};
    entry.count++;
    context.cited.set(figure.id, entry);
    // A Markdown link with the figure's text, so headings, their anchors and the contents read it too.
    parent.children[index] = {type: "link", url: `#fig-${figure.id}`, children: [{type: "text", value: formatFigure(figure, context.data.settings)}], data: {generated: true, hProperties: {className: ["fig"], id: `ref-${figure.id}-${entry.count}`}}} as never;
  }
}
