import type {Root} from "mdast";
import {visit} from "unist-util-visit";
import {href} from "../lib/href.ts";
import {at, type StoryContext} from "./context.ts";

/**
 * Site-internal links in a story (`/sources/cnn-2023/`, `#who-the-met-is`) are
 * recorded for checking once every page is known, and given the site's base
 * path so they work when the site is served from a sub-folder.
 */
export function remarkLinks(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, "link", (node) => {
      // The site's own links (a figure to its note, a quote to its passage) are made right; an editor's are checked.
      if ((node.data as {generated?: boolean} | undefined)?.generated) return;
      const url = node.url;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return; // another site, mailto:, tel:
      context.links.push({url, ...at(node)});
      if (url.startsWith("/")) node.url = href(url);
    });
  };
}
