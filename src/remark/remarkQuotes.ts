import type {Root} from "mdast";
import type {TextDirective} from "mdast-util-directive";
import {toString} from "mdast-util-to-string";
import {visit} from "unist-util-visit";
import {verifyQuote} from "../data/verifyQuote.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";
import {at, type StoryContext} from "./context.ts";

/**
 * `:quote[words of the article]{source=cnn-2023}` quotes a source in the prose.
 * The words are checked against the source's text, like every figure, and link
 * to the passage on the source's page.
 */
export function remarkQuotes(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "textDirective", (node: TextDirective, index, parent) => {
      if (node.name !== "quote" || !parent || index === undefined) return;
      if (parent.type === "link" || parent.type === "linkReference") {
        context.problems.add({file: context.file, ...at(node), message: "a quote inside a link's words cannot link to its source", fix: "move :quote[…]{…} out of the [link text](…)"});
        parent.children[index] = {type: "text", value: toString(node)};
        return;
      }
      const quote = toString(node);
      const source = node.attributes?.source ?? "";
      const problem = verifyQuote(context.data.sources, {file: context.file, line: at(node).line ?? 1}, source, quote, context.data.broken);
      if (problem) {
        context.problems.add({...problem, ...at(node)});
        parent.children[index] = {type: "text", value: quote};
        return;
      }
      context.quotes.push({source, quote});
      // A Markdown link holding the quoted words in <q>, so headings and their anchors read them too.
      parent.children[index] = {type: "link", url: sourceHref(source, quote), children: [{type: "text", value: quote}], data: {generated: true, hProperties: {className: ["quote"]}, hChildren: [{type: "element", tagName: "q", properties: {}, children: [{type: "text", value: quote}]}]}} as never;
    });
  };
}
