import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Data} from "../data/loadData.ts";
import type {Problems} from "../lib/problem.ts";
import {figureNotes} from "../markdown/figureNotes.ts";
import {parseFrontMatter} from "../markdown/frontMatter.ts";
import {renderMarkdown} from "../markdown/renderMarkdown.ts";
import type {StoryContext} from "../remark/context.ts";
import type {Story} from "./story.ts";

export const contentFolder = "content";

/** Reads and renders every story in content/*.md, newest first. */
export function loadStories(root: string, data: Data, problems: Problems): Story[] {
  if (!existsSync(join(root, contentFolder))) {
    problems.add({file: contentFolder, message: "the folder of stories is missing", fix: "create content/ and put each story in it as a .md file"});
    return [];
  }
  const names = readdirSync(join(root, contentFolder)).filter((name) => name.endsWith(".md")).sort();
  const stories = names.flatMap((name): Story[] => {
    const file = `${contentFolder}/${name}`;
    const slug = name.replace(/\.md$/, "");
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      problems.add({file, message: `the file name "${name}" cannot be a web address`, fix: "name stories in lower-case words joined by hyphens, e.g. casey-review.md"});
      return [];
    }
    const text = readFileSync(join(root, file), "utf8");
    const {frontMatter} = parseFrontMatter(file, text, new Set([...data.sources.keys(), ...data.broken]), problems);
    const context: StoryContext = {file, data, problems, cited: new Map(), quotes: [], charts: [], headings: [], links: []};
    const html = renderMarkdown(text, context);
    // A story whose body has problems is still returned, so that its links are
    // checked too; its problems stop the build before any page is written.
    if (!frontMatter) return [];
    return [{slug, file, frontMatter, html, notesHtml: figureNotes(context.cited, data), charts: context.charts, headings: context.headings, links: context.links, quotes: context.quotes}];
  });
  return stories.sort((a, b) => b.frontMatter.published.localeCompare(a.frontMatter.published) || a.slug.localeCompare(b.slug));
}
