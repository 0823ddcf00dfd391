import {h} from "hastscript";
import {toHtml} from "hast-util-to-html";
import type {Root} from "mdast";
import type {TextDirective} from "mdast-util-directive";
import {visit} from "unist-util-visit";
import {formatFigure} from "../format/formatFigure.ts";
import {didYouMean} from "../lib/suggest.ts";
import {at, type StoryContext} from "./context.ts";

/**
 * `:fig{#met-white-share}` prints a figure from data/ in the prose, linked to
 * its note (value, source, quote), so prose and charts always agree.
 */
export function remarkFigures(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "textDirective", (node: TextDirective, index, parent) => {
      if (node.name !== "fig" || !parent || index === undefined) return;
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
      const entry = context.cited.get(id) ?? {figure, count: 0};
      entry.count++;
      context.cited.set(id, entry);
      const link = h("a.fig", {href: `#fig-${id}`, id: `ref-${id}-${entry.count}`}, formatFigure(figure, context.data.settings));
      parent.children[index] = {type: "html", value: toHtml(link)};
    });
  };
}
