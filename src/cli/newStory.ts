// npm run new:story -- "Title": creates content/<slug>.md with valid front matter
// and a first chart, and says what to do next.
import {existsSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {slug} from "github-slugger";
import {stringify} from "yaml";
import {charts} from "../charts/index.ts";
import {projectRoot} from "../lib/paths.ts";
import {loadSite} from "../site.ts";

const root = projectRoot();
const title = process.argv.slice(2).join(" ").trim();
if (!title) {
  console.error('Give the story a title: npm run new:story -- "What the review found"');
  process.exit(1);
}
const name = slug(title).replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-");
const file = `content/${name}.md`;
if (!name) {
  console.error("The title needs at least one letter or digit to make a web address from.");
  process.exit(1);
}
if (existsSync(join(root, file))) {
  console.error(`${file} already exists: choose another title, or edit that story.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const sources = [...loadSite(root).data.sources.keys()];
const firstChart = [...charts.keys()][0];
const frontMatter = stringify({title, dek: "TK: one sentence that tells the reader what this story shows.", byline: "By the data desk", published: today, sources: sources.slice(0, 1)});
writeFileSync(
  join(root, file),
  `---\n${frontMatter}---\n\nTK: the first paragraph.\n\n## A first section\n\n::chart{#${firstChart}}\n`,
);
console.log(`Created ${file}, which will be published at /${name}/.

Next:
  1. Write the dek (the summary under the headline) and the story in ${file},
     replacing each TK (npm run check lists any left).
  2. List every source you cite under sources: (${sources.join(", ")}).
  3. Cite a figure with :fig{#id} (ids are in data/facts/), quote a source with
     :quote[its exact words]{source=${sources[0]}}, and place charts with ::chart{#id}
     on a line of their own; the charts are ${[...charts.keys()].join(", ")}.
  4. npm run dev to preview it at http://localhost:4321/${name}/, and npm run check before you publish.`);
