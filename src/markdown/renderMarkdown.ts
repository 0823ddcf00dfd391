import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import {unified} from "unified";
import {rehypeHeadings} from "../rehype/rehypeHeadings.ts";
import type {StoryContext} from "../remark/context.ts";
import {remarkCharts} from "../remark/remarkCharts.ts";
import {remarkDirectiveGuard} from "../remark/remarkDirectiveGuard.ts";
import {remarkFigures} from "../remark/remarkFigures.ts";
import {remarkLinks} from "../remark/remarkLinks.ts";
import {remarkQuotes} from "../remark/remarkQuotes.ts";
import {remarkSafeMarkdown} from "../remark/remarkSafeMarkdown.ts";
import {remarkUnclosedDirectives} from "../remark/remarkUnclosedDirectives.ts";

/**
 * Markdown to HTML, with the site's directives: figures, quotes and charts are
 * resolved against data/ on every run, never cached, so a changed figure shows
 * everywhere on the next build. The whole file is parsed (front matter kept as a
 * node) so that every position reported is a true line of the file.
 */
export function renderMarkdown(markdown: string, context: StoryContext): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkDirective)
    // First: the editor's own raw HTML and unsafe links are refused before the site adds its own markup.
    .use(remarkSafeMarkdown, context)
    .use(remarkUnclosedDirectives, context)
    .use(remarkFigures, context)
    .use(remarkQuotes, context)
    .use(remarkCharts, context)
    .use(remarkDirectiveGuard, context)
    .use(remarkLinks, context)
    .use(remarkRehype, {allowDangerousHtml: true})
    .use(rehypeSlug)
    .use(rehypeHeadings, context.headings)
    .use(rehypeStringify, {allowDangerousHtml: true});
  return String(processor.processSync(markdown));
}
