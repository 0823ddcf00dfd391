// npm run new:source -- seeds/article.txt some-id: registers a raw article in
// data/sources.json with its SHA-256, leaving the fields an editor must fill empty
// so that npm run check asks for each of them.
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {basename, join} from "node:path";
import {projectRoot} from "../lib/paths.ts";
import {sha256} from "../lib/sha256.ts";
import {isDataFile, sourcesFile} from "../sources/loadSources.ts";
import {guessHeaderRow} from "../sources/rawTable.ts";

const root = projectRoot();
const [path = "", id = ""] = process.argv.slice(2);
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
const file = basename(path);
if (!file || !existsSync(join(root, "seeds", file))) fail(`Put the article's raw text (or a data file, .csv) in seeds/ first, then: npm run new:source -- seeds/FILE.txt an-id`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail("Give the source an id in lower-case words joined by hyphens, e.g. bbc-2023");
const registry = (existsSync(join(root, sourcesFile)) ? JSON.parse(readFileSync(join(root, sourcesFile), "utf8")) : []) as {id: string; file: string}[];
if (registry.some((s) => s.id === id)) fail(`The id "${id}" is taken: choose another.`);
if (registry.some((s) => s.file === file)) fail(`seeds/${file} is already registered.`);
const raw = readFileSync(join(root, "seeds", file));
const digest = sha256(raw);
// A data file's header row may come after a title and notes: find it, so the check reads the table.
const headerRow = isDataFile(file) ? guessHeaderRow(raw.toString("utf8")) : 1;
registry.push({id, file, sha256: digest, outlet: "", outletNote: "", title: "", date: {from: "", to: "", reasoning: ""}, covers: "", ...(headerRow > 1 && {headerRow})} as never);
writeFileSync(join(root, sourcesFile), `${JSON.stringify(registry, null, 2)}\n`);
console.log(`Registered seeds/${file} as "${id}" in ${sourcesFile}.

Next: fill in its empty fields there (npm run check lists each one with what it needs):
  outlet, outletNote  who published it, and how the text shows that
  title               a short description (scraped text has no headline)
  date                from and to (YYYY-MM) and the reasoning from the text
  covers              what it covers
${headerRow > 1 ? `Its table's header is on line ${headerRow} ("headerRow": ${headerRow}); change it if that is wrong.\n` : ""}Then cite it: ${/\.csv$/i.test(file) ? `source=${id} in dataset rows, with the quote naming its row (Column=value; …)` : `source=${id} in data rows and :quote[…]{source=${id}} in stories`}.`);
