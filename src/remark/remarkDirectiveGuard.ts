import type {Root} from "mdast";
import {visit} from "unist-util-visit";
import {at, type StoryContext} from "./context.ts";

const known = {textDirective: ["fig", "quote"], leafDirective: ["chart"], containerDirective: []} as Record<string, string[]>;
const syntax: Record<string, string> = {fig: ":fig{#id}", quote: ":quote[words]{source=id}", chart: "::chart{#id} on a line of its own"};

/**
 * Runs after the directive plugins. Plain text that merely looks like a
 * directive ("at 10:30", "ratio 3:a") is put back as text; a real directive the
 * site does not know, or one in the wrong form, is reported rather than dropped.
 */
export function remarkDirectiveGuard(context: StoryContext) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!(node.type in known) || !parent || index === undefined) return;
      const directive = node as Root["children"][number] & {name: string; attributes?: Record<string, unknown>; children: unknown[]};
      const marker = node.type === "textDirective" ? ":" : node.type === "leafDirective" ? "::" : ":::";
      const bare = !directive.children.length && !Object.keys(directive.attributes ?? {}).length;
      if (node.type === "textDirective" && bare && !known.textDirective!.includes(directive.name)) {
        parent.children[index] = {type: "text", value: `:${directive.name}`} as never;
        return;
      }
      const elsewhere = Object.entries(known).find(([, names]) => names.includes(directive.name));
      context.problems.add({
        file: context.file, ...at(node),
        message: elsewhere ? `${marker}${directive.name} is written in the wrong form here` : `unknown directive ${marker}${directive.name}`,
        fix: elsewhere ? `write ${syntax[directive.name]}` : `use ${Object.values(syntax).join(", ")}; to write a colon before a word, escape it as \\:`,
      });
    });
  };
}
