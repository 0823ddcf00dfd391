import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import type {Data} from "../data/loadData.ts";
import {trackedCollections, trackedData, trackedModels} from "../data/trackedData.ts";
import {Problems, type Problem} from "../lib/problem.ts";
import {ReadLog} from "../lib/readLog.ts";
import {resultMemo, resultsVersion} from "../lib/resultMemo.ts";
import {linkAddress} from "../lib/absoluteUrl.ts";
import {stampOf} from "../lib/stampOf.ts";
import {readText} from "../lib/readText.ts";
import {figureNotes} from "../markdown/figureNotes.ts";
import {parseFrontMatter} from "../markdown/frontMatter.ts";
import {renderMarkdown} from "../markdown/renderMarkdown.ts";
import type {ChartModel} from "../charts/chart.ts";
import {storyContext} from "../remark/context.ts";
import type {Story, StoryOutline} from "./story.ts";

export const contentFolder = "content";

/** Addresses the site uses for its own pages and files: a story there would clash with them or take their headers. */
export const reservedSlugs = new Set(["charts", "downloads", "embed", "sources", "page", "index", "404", "_astro", "search", "feed", "sitemap"]);

/**
 * Reads and renders every story in content/*.md, newest first, with an outline of
 * every story file (those whose front matter has problems too), for link checks.
 */
export function loadStories(root: string, data: Data, models: ReadonlyMap<string, ChartModel>, problems: Problems): {stories: Story[]; outlines: StoryOutline[]} {
  const outlines: StoryOutline[] = [];
  if (!existsSync(join(root, contentFolder))) {
    problems.add({file: contentFolder, message: "the folder of stories is missing", fix: "create content/ and put each story in it as a .md file"});
    return {stories: [], outlines};
  }
  const names = readdirSync(join(root, contentFolder)).filter((name) => name.endsWith(".md")).sort();
  // What a story's page depends on besides its file and what it reads: the settings, the code, the
  // site's address (in its links and embed codes) and today (a date in the future is a problem until then).
  const settingsKey = JSON.stringify([data.settings, resultsVersion(), linkAddress(), new Date().toISOString().slice(0, 10)]);
  const stories = names.flatMap((name): Story[] => {
    const file = `${contentFolder}/${name}`;
    const slug = name.replace(/\.md$/, "");
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      problems.add({file, message: `the file name "${name}" cannot be a web address`, fix: "name stories in lower-case words of plain letters (a to z) and digits joined by hyphens, e.g. what-the-review-found.md (ü as ue, é as e)"});
      return [];
    }
    if (reservedSlugs.has(slug)) {
      problems.add({file, message: `/${slug}/ is one of the site's own pages`, fix: `give the story another file name (not ${[...reservedSlugs].join(", ")})`});
      return [];
    }
    // A story whose file, the site's settings and everything it read (figures, charts, sources) are
    // as they were at its last rendering (in this process, or by an earlier check or build) is not
    // rendered again.
    const path = join(root, file);
    const stamp = `${stampOf(path)} ${settingsKey}`;
    const kept = memo(root).get(path, stamp, trackedCollections(data, models));
    if (kept) {
      problems.list.push(...kept.problems);
      if (kept.outline) outlines.push(kept.outline);
      return kept.story ? [kept.story] : [];
    }
    const reads = new ReadLog();
    const own = new Problems();
    const {outline, story} = loadStory(root, file, slug, trackedData(data, reads), trackedModels(models, reads), own);
    memo(root).set(path, stamp, reads, {problems: own.list, outline, story});
    problems.list.push(...own.list);
    if (outline) outlines.push(outline);
    return story ? [story] : [];
  });
  return {stories: stories.sort((a, b) => b.frontMatter.published.localeCompare(a.frontMatter.published) || a.slug.localeCompare(b.slug)), outlines};
}

interface Loaded {
  problems: Problem[];
  outline?: StoryOutline;
  story?: Story;
}
const memo = (root: string) => resultMemo<Loaded>(root, "stories");

/** One story read and rendered, with its outline (for link checks) even when its front matter has problems. */
function loadStory(root: string, file: string, slug: string, data: Data, models: ReadonlyMap<string, ChartModel>, problems: Problems): {outline?: StoryOutline; story?: Story} {
  const text = readText(root, file, problems);
  if (text === undefined) return {};
  // Asked one id at a time, and listed only for a suggestion: a story reads only the sources it names.
  const knownSources = {has: (id: string) => data.sources.has(id) || data.broken.has(id), *[Symbol.iterator]() {
    yield* data.sources.keys();
    yield* data.broken;
  }};
  const {frontMatter} = parseFrontMatter(file, text, knownSources, problems, {byline: data.settings.byline});
  const context = storyContext(file, data, models, problems);
  const html = renderMarkdown(text, context);
  const outline = {slug, file, headings: context.headings, charts: context.charts, links: context.links};
  // A story whose body has problems is still returned, so that its links are
  // checked too; its problems stop the build before any page is written.
  if (!frontMatter) return {outline};
  const cited = new Set([
    ...context.quotes.map((q) => q.source),
    ...[...context.cited.values()].flatMap(({figure}) => (figure.kind === "fact" ? [figure.source] : [figure.numerator.source, figure.denominator.source])),
  ]);
  const unlisted = [...cited].filter((id) => !frontMatter.sources.includes(id)).sort();
  if (unlisted.length) {
    const line = text.split("\n").findIndex((l) => l.startsWith("sources:")) + 1;
    problems.add({file, ...(line > 0 && {line}), message: `the story cites ${unlisted.join(", ")} but does not list ${unlisted.length > 1 ? "them" : "it"} under sources`, fix: `add ${unlisted.join(", ")} to sources: in the front matter`});
  }
  return {outline, story: {slug, file, frontMatter, html, notesHtml: figureNotes(context.cited, data), charts: context.charts, headings: context.headings, links: context.links, quotes: context.quotes}};
}
