import type {Root, Text} from "mdast";
import {visit} from "unist-util-visit";
import {at, type StoryContext} from "./context.ts";

const names = "fig|quote|chart";
/** `::chart{#id` or `:fig{#id` left as plain text because its brace or bracket never closes. */
const unclosedText = new RegExp(`(?<![\\\\:\\w]):{1,2}(${names})[{[]`);
const siteDirective = new RegExp(`^(${names})$`);

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
      fix: marker.includes("quote") ? "close the words with ] and the attributes with }, as in :quote[words]{source=id}" : `close it with }, as in ${marker.startsWith("::") ? "::chart{#id}" : ":fig{#id}"}`,
    });
  const closer = (opener: string) => (opener === "{" ? "}" : "]");
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "text") {
        const match = unclosedText.exec(node.value);
        if (!match) return;
        const opener = match[0].at(-1)!;
        const closed = node.value.indexOf(closer(opener), match.index) !== -1;
        const column = (node.position?.start.column ?? 1) + match.index;
        if (!closed) report(node, column, match[0]);
        // A closed ::chart{…} left as text has words beside it on its line; a closed :fig{…} here was escaped (\:fig) on purpose.
        else if (match[0].startsWith("::")) context.problems.add({file: context.file, ...at(node), column, message: `${match[0]}…} must stand on a line of its own`, fix: "put the chart on its own line, with a blank line before and after it"});
        return;
      }
      if (node.type !== "textDirective" || !parent || index === undefined || !siteDirective.test(node.name)) return;
      const next = parent.children[index + 1] as Text | undefined;
      const noAttributes = !Object.keys(node.attributes ?? {}).length;
      const bare = !node.children.length && noAttributes;
      const opener = next?.type === "text" ? next.value[0] : undefined;
      // `:fig{#id` (bare, then the rest) or `:quote[words]{source=x` (words, but its attributes never closed).
      if ((bare && (opener === "{" || opener === "[")) || (noAttributes && opener === "{" && !next!.value.includes("}"))) {
        report(node, undefined, `:${node.name}${bare ? opener : "[…]{"}`);
        // Put it back as text, so no later step reads it as a directive.
        parent.children.splice(index, 2, {type: "text", value: `:${node.name}${next!.value}`});
      }
    });
  };
}
