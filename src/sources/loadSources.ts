import {existsSync, lstatSync, readFileSync, realpathSync} from "node:fs";
import {basename, join, sep} from "node:path";
import {z} from "zod";
import {locate} from "../lib/locate.ts";
import {processShared} from "../lib/processShared.ts";
import {stampOf} from "../lib/stampOf.ts";
import {parseJson} from "../lib/parseJson.ts";
import type {Problems} from "../lib/problem.ts";
import {readText} from "../lib/readText.ts";
import {sha256} from "../lib/sha256.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import {locale} from "../settings/settings.ts";
import {cleanSource, type Cleaning} from "./cleanSource.ts";
import {rawTable, type RawTable} from "./rawTable.ts";

const yearMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "use a year (2023) or a year and month (2023-03), with a month from 01 to 12");

const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by hyphens"),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "give the file's SHA-256 as 64 hex digits"),
  outlet: z.string().min(1),
  outletNote: z.string().min(1),
  title: z.string().min(1),
  date: z.strictObject({from: yearMonth, to: yearMonth, reasoning: z.string().min(1)}),
  covers: z.string().min(1),
  caveat: z.string().min(1).optional(),
  locale: locale.optional(),
  headerRow: z.number().int().min(1).optional(),
});

const help = {
  id: "a short id in lower-case words joined by hyphens, e.g. city-survey-2024",
  file: "the name of the article's file in seeds/ (a .txt article, or a .csv data file)",
  sha256: "the raw file's SHA-256 (sha256sum seeds/FILE), which proves it was never edited",
  outlet: "the publication's name, or “Unnamed outlet” when the text does not say",
  outletNote: "how the text shows who published it",
  title: "a short description of the article (the scraped text has no headline)",
  date: "from: YYYY-MM, to: YYYY-MM and reasoning: how the text shows its date",
  covers: "one sentence on what the article covers",
  caveat: "optional: anything a reader should know about the text itself",
  locale: "optional: the language and region the article writes numbers in (e.g. en-US, de-DE), when it is not the site's",
  headerRow: "optional, for a data file (.csv): the line of its header row, when a title or notes come first (1 by default)",
};

/** A source article, registered in data/sources.json, with its cleaned text. */
export interface Source extends z.infer<typeof sourceSchema> {
  /** Citable text derived from the raw file in seeds/. */
  text: string;
  /** What cleaning changed, for the source's page. */
  cleanings: Cleaning[];
  /** True when the article stops mid-sentence. */
  truncated: boolean;
  /** For a source that is a data file (seeds/*.csv): its table, whose cells datasets cite. */
  table?: RawTable;
}

/** A source whose file is a table of data rather than an article. */
export const isDataFile = (file: string) => /\.csv$/i.test(file);

export const sourcesFile = "data/sources.json";

export function loadSources(root: string, problems: Problems, broken = new Set<string>()): Map<string, Source> {
  const sources = new Map<string, Source>();
  const path = join(root, sourcesFile);
  if (!existsSync(path)) {
    problems.add({file: sourcesFile, message: "the source registry is missing", fix: "create it containing [] and register each article with npm run new:source -- seeds/FILE.txt an-id"});
    broken.add(sourcesFile);
    return sources;
  }
  const text = readText(root, sourcesFile, problems);
  if (text === undefined) {
    broken.add(sourcesFile);
    return sources;
  }
  const {json, problem} = parseJson(text, sourcesFile);
  // An unreadable registry is one problem: rows citing its sources are not each reported as unknown.
  if (problem) {
    problems.add(problem);
    broken.add(sourcesFile);
    return sources;
  }
  if (!Array.isArray(json)) {
    problems.add({file: sourcesFile, line: 1, message: "the registry is not a list", fix: "the file must be a list of sources between [ and ]"});
    broken.add(sourcesFile);
    return sources;
  }
  // Each entry on its own, so one unfinished source does not hide the others.
  json.forEach((item: unknown, index) => {
    const where = (p: readonly PropertyKey[]) => locate(text, [index, ...p]);
    const parsed = sourceSchema.safeParse(item, {reportInput: true});
    if (!parsed.success) {
      problems.list.push(...zodProblems(parsed.error, item, sourcesFile, where, help, Object.keys(sourceSchema.shape)));
      // Rows citing this source are not reported again: this entry's problems say what to fix.
      const id = (item as {id?: unknown} | null)?.id;
      if (typeof id === "string") broken.add(id);
      return;
    }
    const entry = parsed.data;
    if (sources.has(entry.id)) {
      problems.add({file: sourcesFile, line: locate(text, [index]).line, message: `the source id "${entry.id}" is used twice`, fix: "give each source its own id"});
      return;
    }
    // A source is a file in seeds/ itself: no folder, no way up, no link out.
    if (entry.file !== basename(entry.file) || entry.file.startsWith(".") || entry.file.includes("\\")) {
      problems.add({file: sourcesFile, ...locate(text, [index, "file"]), message: `the file "${entry.file}" is not a file in seeds/`, fix: "give the name of a file directly in seeds/, e.g. city-report.txt"});
      broken.add(entry.id);
      return;
    }
    const seed = join(root, "seeds", entry.file);
    if (existsSync(seed) && lstatSync(seed).isSymbolicLink() && !realpathSync(seed).startsWith(`${realpathSync(join(root, "seeds"))}${sep}`)) {
      problems.add({file: sourcesFile, ...locate(text, [index, "file"]), message: `seeds/${entry.file} is a link to a file outside seeds/`, fix: "copy the raw file into seeds/ instead of linking to it"});
      broken.add(entry.id);
      return;
    }
    if (!existsSync(seed)) {
      problems.add({file: sourcesFile, line: locate(text, [index, "file"]).line, message: `seeds/${entry.file} does not exist`, fix: "put the raw article in seeds/ and give its exact file name"});
      broken.add(entry.id);
      return;
    }
    const digest = seedDigest(seed);
    if (digest !== entry.sha256) {
      problems.add({file: sourcesFile, line: locate(text, [index, "sha256"]).line, message: `seeds/${entry.file} has changed since it was registered (its SHA-256 is now ${digest})`, fix: "raw sources stay as scraped: restore the file from its original; to register a new version on purpose, put the new SHA-256 here"});
      broken.add(entry.id);
      return;
    }
    const raw = () => readFileSync(seed, "utf8");
    if (isDataFile(entry.file)) {
      const table = rawTable(raw(), entry.headerRow);
      if ("problem" in table) {
        problems.add({file: sourcesFile, line: locate(text, [index, entry.headerRow ? "headerRow" : "file"]).line, message: `seeds/${entry.file}: ${table.problem}`, fix: 'give the line of its header row as "headerRow"'});
        broken.add(entry.id);
        return;
      }
      sources.set(entry.id, kept(seed, entry, () => ({...entry, text: "", cleanings: [], truncated: false, table})));
      return;
    }
    sources.set(entry.id, kept(seed, entry, () => ({...entry, ...cleanSource(raw())})));
  });
  return sources;
}

// In a process that loads the site again (the dev server), a source whose seed file and registry
// entry are unchanged is the same object as before: what was checked against it need not be checked again.
const seeds = processShared("seedDigests", () => new Map<string, {stamp: string; digest: string}>());
const lastSources = processShared("sourceLoads", () => new Map<string, {stamp: string; entry: string; source: Source}>());

/** A seed file's SHA-256, worked out again only when the file changed. */
function seedDigest(path: string): string {
  const stamp = stampOf(path);
  const last = seeds.get(path);
  if (last?.stamp === stamp) return last.digest;
  const digest = sha256(readFileSync(path));
  seeds.set(path, {stamp, digest});
  return digest;
}

function kept(seed: string, entry: object, make: () => Source): Source {
  const stamp = stampOf(seed);
  const json = JSON.stringify(entry);
  const last = lastSources.get(seed);
  if (last?.stamp === stamp && last.entry === json) return last.source;
  const source = make();
  lastSources.set(seed, {stamp, entry: json, source});
  return source;
}
