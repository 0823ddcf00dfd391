// npm run check: validates every story, data file, source quote and chart
// without building, and prints each problem as `path:line:column  what  (fix)`.
import {plural} from "../lib/plural.ts";
import {writesDone} from "../lib/writeWhole.ts";
import {formatProblem} from "../lib/problem.ts";
import {addressNote} from "../feeds/addressNote.ts";
import {currentAddress} from "../settings/publicAddress.ts";
import {loadSite, useProjectChartCache} from "../site.ts";
import {keepHeapNearLive} from "../lib/heapNearLive.ts";

keepHeapNearLive();
const started = performance.now();
useProjectChartCache();
const {problems, stories, data} = loadSite();
if (problems.length) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`\n${plural(problems.length, "problem")} found. Fix ${problems.length === 1 ? "it" : "them"} and run npm run check again.`);
  // What was checked without a problem is kept for the next run.
  await writesDone();
  process.exit(1);
}
const quotes =
  [...data.figures.values()].filter((f) => f.kind === "fact").length +
  [...data.timelines.values()].flat().reduce((n, event) => n + event.citations.length, 0) +
  stories.reduce((n, story) => n + story.quotes.length, 0) +
  [...data.datasets.values()].reduce((n, dataset) => n + dataset.rows.length, 0);
const rows = [...data.datasets.values()].reduce((n, dataset) => n + dataset.rows.length, 0);
console.log(`All clear: ${plural(stories.length, "story", "stories")}, ${plural(data.figures.size, "figure")}${data.datasets.size ? ` and ${plural(data.datasets.size, "dataset")} of ${plural(rows, "row")}` : ""} (${plural(quotes, "quote")} or cells verified), ${plural(data.sources.size, "source")}, ${plural(data.chartSpecs.size, "chart")}, in ${Math.round(performance.now() - started)} ms.`);
const note = addressNote(currentAddress());
if (note) console.log(`Note: ${note}`);
await writesDone();
