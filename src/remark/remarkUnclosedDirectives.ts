import type {Root, Text} from "mdast";
import {visit} from "unist-util-visit";
import {at, type StoryContext} from "./context.ts";

const names = "fig|quote|chart";
/** `::chart{#id` or `:fig{#id` left as plain text because its brace or bracket never closes. */
const unclosedText = new RegExp(`(?<![\\\\:\\w]):{1,2}(${names})[{[]`);

/**
 * Runs right after directives are parsed. A directive whose `{…}` or `[…]` is
 * never closed is not a directive to the parser: it would be published as
 * literal text ("::chart{#workforce") or read as a bare directive with the rest
 * as text. Each is reported where it starts, with the form to write.
 */
export function remarkUnclosedDirectives(context: StoryContext) {
  const report = (node: Parameters<typeof at>[0], column: number | undefined, marker: string) =>
    context.problems.add({
      file: context.file, ...at(node), ...(column !== undefined && {column}),
      message: `${marker} is not closed`,
      fix: marker.endsWith("[") ? `close the words with ] and the attributes with }, as in :quote[words]{source=id}` : `close it with }, as in ${marker.startsWith("::") ? "::chart{#id}" : ":fig{#id}"}`,
    });
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "text") {
        const match = unclosedText.exec(node.value);
        if (match) report(node, (node.position?.start.column ?? 1) + match.index, match[0]);
        return;
      }
      if (node.type !== "textDirective" || !parent || index === undefined || !new RegExp(`^(${names})$`).test(node.name)) return;
      const next = parent.children[index + 1] as Text | undefined;
      const bare = !node.children.length && !Object.keys(node.attributes ?? {}).length;
      if (bare && next?.type === "text" && /^[{[]/.test(next.value)) {
        report(node, undefined, `:${node.name}${next.value[0]}`);
        // Put it back as the text it is, so no later step reads it as a directive.
        parent.children.splice(index, 2, {type: "text", value: `:${node.name}${next.value}`});
      }
    });
  };
}
