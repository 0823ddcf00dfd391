// npm run new:story -- "Title" [--chart id]… [--source id]…: creates
// content/<slug>.md with valid front matter, placing only the charts and
// listing only the sources it is given, and says what to do next.
import {existsSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {slug} from "github-slugger";
import {stringify} from "yaml";
import {projectRoot} from "../lib/paths.ts";
import {readSite} from "../site.ts";
import {href} from "../lib/href.ts";

const root = projectRoot();
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
const {values, positionals} = parseArgs({allowPositionals: true, options: {chart: {type: "string", multiple: true, default: []}, source: {type: "string", multiple: true, default: []}}});
const title = positionals.join(" ").trim();
if (!title) fail('Give the story a title: npm run new:story -- "What the survey found" [--chart chart-id] [--source source-id]');
// "4.2 million" becomes 4-2-million, not 42-million; a web address is plain letters: "Fahrradbügel" is fahrradbuegel,
// "Straße" strasse, "café" cafe. At most eight words: an address is not a headline.
const ascii = title.replace(/(\d)[.,](\d)/g, "$1-$2").replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize("NFD")[0]}e`).replace(/ß/g, "ss").replace(/[æÆ]/g, "ae").replace(/[øØ]/g, "o").normalize("NFKD").replace(/\p{M}/gu, "");
const name = slug(ascii).replace(/[^a-z0-9-]/g, "").replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-").split("-").slice(0, 8).join("-");
const file = `content/${name}.md`;
if (!name) fail("The title needs at least one letter or digit (a to z, 0 to 9) to make a web address from: give the file a name yourself, e.g. content/what-the-survey-found.md.");
if (existsSync(join(root, file))) fail(`${file} already exists: choose another title, or edit that story.`);

const {data} = readSite(root);
const charts = [...data.chartSpecs.keys()];
const sources = [...data.sources.keys()];
const unknown = [
  ...values.chart.filter((id) => !charts.includes(id)).map((id) => `there is no chart "${id}" (the charts are: ${charts.join(", ") || "none yet"})`),
  ...values.source.filter((id) => !sources.includes(id)).map((id) => `there is no source "${id}" (the sources are: ${sources.join(", ") || "none yet"})`),
];
if (unknown.length) fail(`Nothing was created: ${unknown.join("; ")}.`);

const today = new Date().toISOString().slice(0, 10);
// Sources as a flow list, as stories write them: ids are checked above, so they need no quoting.
const frontMatter = `${stringify({title, dek: "TK: one sentence that tells the reader what this story shows.", published: today})}sources: [${values.source.join(", ")}]\n`;
const body = ["TK: the first paragraph.", ...values.chart.map((id) => `::chart{#${id}}`)].join("\n\n");
writeFileSync(join(root, file), `---\n${frontMatter}---\n\n${body}\n`);
console.log(`Created ${file}, which will be published at ${href(`/${name}/`)} (its address is its file name: rename the file before publishing to change it).

Next:
  1. Write the dek (the summary under the headline) and the story in ${file},
     replacing each TK (npm run check lists any left). The byline is "${data.settings.byline}"
     (from data/site.json) unless you add a byline: line.
  2. List every source you cite under sources: ${sources.length ? `(${sources.join(", ")})` : "(register one first: npm run new:source)"}.
  3. Cite a figure with :fig{#id} (ids are in data/facts/), quote a source with
     :quote[its exact words]{source=id}, and place a chart with ::chart{#id}
     on a line of its own${charts.length ? `; the charts are ${charts.join(", ")}` : ""}.
  4. npm run dev to preview it at http://localhost:4321${href(`/${name}/`)}, and npm run check before you publish.`);
