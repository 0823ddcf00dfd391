import type {Root} from "mdast";
import {SKIP, visit} from "unist-util-visit";
import {at, type StoryContext} from "./context.ts";

/** Schemes a story's links and images may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
const allowedSchemes = new Set(["http", "https", "mailto"]);

/**
 * The scheme of a URL as a browser reads it: after decoding character
 * references (remark has done that) and percent-escapes, and with the tabs,
 * line breaks and control characters a browser ignores taken out, so
 * "java&#x09;script:" and "JaVaScRiPt:" are both javascript.
 */
export function urlScheme(url: string): string | undefined {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // A stray % is not an escape: read the URL as written.
  }
  // eslint-disable-next-line no-control-regex
  const bare = text.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(bare)?.[1];
}

/** Whether a story may link to (or show an image from) this URL: http, https, mailto, or a path on this site. */
export function safeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || allowedSchemes.has(scheme);
}

/**
 * Runs first on a story: raw HTML is refused (a page must never carry script
 * or markup an editor pasted by mistake or a contributor slipped in), HTML
 * comments are dropped, and every link and image address must be http, https,
 * mailto or a path on this site. Each refusal is a problem with file, line and
 * fix, and the offending node is removed, so nothing unsafe reaches a page.
 */
export function remarkSafeMarkdown(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "html" && parent && index !== undefined) {
        const value = node.value.trim();
        if (!/^<!--[\s\S]*-->$/.test(value)) {
          const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(value)?.[1]?.toLowerCase();
          context.problems.add({
            file: context.file, ...at(node),
            message: `raw HTML is not allowed in a story (${tag ? `<${tag}>` : JSON.stringify(value.slice(0, 40))})`,
            fix: tag === "script" || tag === "iframe" || tag === "style" ? "remove it: stories carry no scripts, frames or styles; place a chart with ::chart{#id}" : "write it in Markdown (**bold**, *italic*, [link](https://…), > quote); to show a < sign, write \\<",
          });
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // A page's policy loads images only over https (or from the site): an http image would show as broken.
      if (node.type === "image" && urlScheme(node.url) === "http") {
        context.problems.add({file: context.file, ...at(node), message: `the image address "${node.url.slice(0, 60)}" is plain http, which pages do not load`, fix: "use its https:// address"});
      }
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && !safeUrl(node.url)) {
        context.problems.add({
          file: context.file, ...at(node),
          message: `the ${node.type === "image" ? "image" : "link"} address "${node.url.slice(0, 60)}" uses ${urlScheme(node.url)}:, which a story may not`,
          fix: "link to an http:// or https:// address, a mailto: address, or a page of this site (/sources/…)",
        });
        node.url = "#";
      }
      return undefined;
    });
  };
}
