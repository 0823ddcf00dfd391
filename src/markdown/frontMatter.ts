import matter from "gray-matter";
import {parse as parseYaml} from "yaml";
import {z} from "zod";
import {locate} from "../lib/locate.ts";
import type {Problems} from "../lib/problem.ts";
import {didYouMean} from "../lib/suggest.ts";
import {zodProblems} from "../lib/zodProblems.ts";

const isoDate = z.string().transform((text, context) => {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    context.addIssue({code: "custom", message: `"${text}" is not a date`});
    return z.NEVER;
  }
  return text;
});

const notice = z.strictObject({date: isoDate, text: z.string().min(1)});

const frontMatterSchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  byline: z.string().min(1).optional(),
  published: isoDate,
  updated: isoDate.optional(),
  sources: z.array(z.string()).default([]),
  corrections: z.array(notice).default([]),
  updates: z.array(notice).default([]),
});

type Parsed = z.infer<typeof frontMatterSchema>;

/** A dated correction or update, shown in the box at the end of a story. */
export interface Notice {
  kind: "correction" | "update";
  date: string;
  text: string;
}

/** A story's front matter, normalised: dates as YYYY-MM-DD strings. */
export interface FrontMatter extends Omit<Parsed, "byline" | "updated" | "corrections" | "updates"> {
  /** The story's own byline, or the site's default from data/site.json. */
  byline: string;
  /** The latest of `updated` and the dates of corrections and updates; `published` if none. */
  updated: string;
  /** Corrections and updates, newest first. */
  notices: Notice[];
}

const help: Record<string, string> = {
  title: "the headline, in quotes if it contains a colon",
  dek: "the one-sentence summary under the headline",
  byline: "who wrote it, e.g. By Ana Díaz (optional: the byline in data/site.json is the default)",
  published: "the date of first publication as YYYY-MM-DD, e.g. 2026-11-22",
  updated: "the date of the latest update as YYYY-MM-DD (optional: corrections and updates set it)",
  sources: "a list of source ids from data/sources.json, e.g. [city-survey-2024, council-report]",
  corrections: "a list of corrections, each with date: YYYY-MM-DD and text: what was wrong and what is right",
  updates: "a list of updates, each with date: YYYY-MM-DD and text: what changed",
  "corrections.date": "the date of the correction as YYYY-MM-DD, e.g. 2026-11-24",
  "corrections.text": "what was wrong and what is right, in a sentence",
  "updates.date": "the date of the update as YYYY-MM-DD, e.g. 2026-11-24",
  "updates.text": "what changed, in a sentence",
};

/**
 * Reads a story's front matter (gray-matter's YAML) and normalises it field by
 * field; every problem names the file, the line and the fix.
 */
export function parseFrontMatter(file: string, text: string, knownSources: Pick<ReadonlySet<string>, "has"> & Iterable<string>, problems: Problems, defaults: {byline: string} = {byline: ""}): {frontMatter?: FrontMatter; body: string} {
  // Front matter is YAML and only YAML: gray-matter would run `---js` or `---coffee` front matter as code.
  const opening = /^---(.*)$/m.exec(text.split("\n", 1)[0] ?? "");
  if (opening && opening[1]!.trim()) {
    problems.add({file, line: 1, column: 4, message: `front matter in "${opening[1]!.trim()}" is not allowed`, fix: "start the front matter with a line of three hyphens alone (---): it is YAML, never code"});
    return {body: text};
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // YAML 1.2 (the yaml package) keeps dates as the text the editor wrote, so
    // 2026-02-30 is reported instead of silently becoming 2 March. Passing
    // options also bypasses gray-matter's cache, which could hand back stale data.
    const refuse = () => {
      throw new Error("front matter is YAML only");
    };
    parsed = matter(text, {language: "yaml", engines: {yaml: (source: string) => parseYaml(source) ?? {}, js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse, toml: refuse}});
  } catch (error) {
    // linePos counts from gray-matter's front-matter text, which starts on the opening --- line.
    const position = (error as {linePos?: {line: number; col: number}[]}).linePos?.[0];
    const reason = (error as Error).message.split(/ at line \d+|\n/)[0];
    problems.add({file, ...(position && {line: position.line, column: position.col}), message: `the front matter is not valid YAML: ${reason}`, fix: "check the indentation and put text containing a colon in quotes"});
    return {body: text};
  }
  if (!text.startsWith("---")) {
    problems.add({file, line: 1, message: "the story has no front matter", fix: `start the file with a block between --- lines giving ${Object.keys(help).join(", ")}`});
    return {body: parsed.content};
  }
  // gray-matter's front-matter text starts with the newline that ends the opening ---, so its lines are the file's.
  const where = (path: readonly PropertyKey[]) => locate(parsed.matter, path);
  const result = frontMatterSchema.safeParse(parsed.data, {reportInput: true});
  if (!result.success) {
    problems.list.push(...zodProblems(result.error, parsed.data, file, where, help, Object.keys(help)));
    return {body: parsed.content};
  }
  const {updated, corrections, updates, byline, ...fields} = result.data;
  const notices: Notice[] = [
    ...corrections.map((n) => ({kind: "correction" as const, ...n})),
    ...updates.map((n) => ({kind: "update" as const, ...n})),
  ].sort((a, b) => b.date.localeCompare(a.date));
  // A day of slack: an editor east of UTC may already be a day ahead of it.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const frontMatter: FrontMatter = {...fields, byline: byline ?? defaults.byline, updated: [fields.published, updated ?? "", ...notices.map((n) => n.date)].sort().at(-1)!, notices};
  let ok = true;
  if (updated && updated < fields.published) {
    problems.add({file, ...where(["updated"]), message: `updated (${updated}) is before published (${fields.published})`, fix: "updated is the date of the latest change, on or after published"});
    ok = false;
  }
  if (fields.published > tomorrow) {
    problems.add({file, ...where(["published"]), message: `published is ${fields.published}, in the future`, fix: "give the date the story is first published; the site publishes every story in content/ when it is built"});
    ok = false;
  }
  // Title and dek go into link previews, feeds, structured data and search results as plain text.
  for (const field of ["title", "dek"] as const) {
    if (/:(?:fig|quote|chart)[{[]/.test(fields[field])) {
      problems.add({file, ...where([field]), message: `the ${field} contains a directive (${/:(?:fig|quote|chart)[{[][^\s]*/.exec(fields[field])![0]}), which is not resolved there`, fix: `write the ${field} as plain text: it is shown as it is in link previews, feeds and search results; place figures and quotes in the story's body`});
      ok = false;
    }
  }
  for (const list of ["corrections", "updates"] as const) {
    result.data[list].forEach((notice, index) => {
      if (notice.date < fields.published) {
        problems.add({file, ...where([list, index, "date"]), message: `this ${list.slice(0, -1)} is dated ${notice.date}, before the story was published (${fields.published})`, fix: "give the date the change was made"});
        ok = false;
      }
      if (notice.date > tomorrow) {
        problems.add({file, ...where([list, index, "date"]), message: `this ${list.slice(0, -1)} is dated ${notice.date}, in the future`, fix: "give the date the change was made (feeds and search engines would show it as the story's latest change)"});
        ok = false;
      }
    });
  }
  frontMatter.sources.forEach((id, index) => {
    if (!knownSources.has(id) && !knownSources.has("data/sources.json")) {
      const guess = didYouMean(id, [...knownSources]);
      problems.add({file, ...where(["sources", index]), message: `unknown source "${id}"`, fix: guess || `use ids from data/sources.json: ${[...knownSources].join(", ")}`});
      ok = false;
    }
  });
  return ok ? {frontMatter, body: parsed.content} : {body: parsed.content};
}
