// Gives the embed pages' keys of a site as a new process does (the next build: each figure's digest read
// from .astro/results, where an earlier process kept the figure) and prints them as JSON, by chart.
import {embedPageKey} from "../../src/render/pageKeys.ts";
import {readSite} from "../../src/site.ts";

const dir = process.argv[2]!;
const site = readSite(dir);
process.stdout.write(JSON.stringify(Object.fromEntries([...site.charts.keys()].map((id) => [id, embedPageKey(site, id, dir)]))));
