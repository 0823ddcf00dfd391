import type {Root} from "hast";
import {toString} from "hast-util-to-string";
import {visit} from "unist-util-visit";

/** A section heading of a story, for its table of contents. */
export interface Heading {
  id: string;
  text: string;
}

/** Collects the story's h2 headings (after rehype-slug has given them ids), in order. */
export function rehypeHeadings(headings: Heading[]) {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "h2" && typeof node.properties.id === "string") headings.push({id: node.properties.id, text: toString(node)});
    });
  };
}
