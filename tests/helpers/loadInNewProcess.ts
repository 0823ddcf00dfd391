// Loads a site as a new process does (the next npm run check or build: its drawings kept in
// .astro/chart-cache, its checked results in .astro/results) and prints what its pages show.
import {loadSite, useProjectChartCache} from "../../src/site.ts";
import {siteView} from "./siteView.ts";

useProjectChartCache(process.argv[2]);
process.stdout.write(siteView(loadSite(process.argv[2])));
