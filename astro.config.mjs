// @ts-check
import {defineConfig} from "astro/config";
import {contentCheck} from "./src/integration/contentCheck.ts";
import {framingPolicy} from "./src/integration/framingPolicy.ts";
import {chartFiles} from "./src/integration/chartFiles.ts";
import {searchIndex} from "./src/integration/searchIndex.ts";
import {copiedPages} from "./src/integration/copiedPages.ts";
import {publishBuild, stagingFolder} from "./src/integration/publishBuild.ts";
import {publicAddress} from "./src/settings/publicAddress.ts";
import {keepHeapNearLive} from "./src/lib/heapNearLive.ts";

// A build holds its memory near what it uses (sites of thousands of charts). The dev server does not:
// there an edit's answer comes first, and a heap held tight collects more often.
if (process.argv.includes("build")) keepHeapNearLive();

// The site's address: the `url` in data/site.json, or SITE_URL and SITE_BASE for one build.
const {site, base} = publicAddress();

// A plain static site: every page, chart and figure is rendered at build time.
export default defineConfig({
  output: "static",
  site,
  base,
  trailingSlash: "always",
  // Inside the project, not node_modules: test copies of the project share
  // node_modules, and each must keep its own cache.
  cacheDir: "./.astro/cache",
  // Vite's own (its optimised dependencies) too: in the shared node_modules/.vite, each copy's build or
  // dev server made Vite optimise them all again for the next project to run.
  vite: {cacheDir: "./.astro/cache/vite"},
  // Files copied as they are (the embed parent script); the top level of the project stays fixed.
  publicDir: "./src/public",
  // Pages rendered eight at a time: each waits on its file being written, and a site of
  // thousands of pages builds about a third faster than one at a time (npm run bench).
  build: {format: "directory", concurrency: 8},
  // A build is written aside and replaces dist/ only once all of it succeeded (publishBuild, last);
  // preview serves dist/.
  outDir: process.argv.includes("build") ? stagingFolder : "./dist",
  // The search index is written in the background while the chart files are (publishBuild waits for it).
  integrations: [contentCheck(), searchIndex(), copiedPages(), chartFiles(), framingPolicy(), publishBuild()],
  devToolbar: {enabled: false},
  // A page whose key (getStaticPaths' cacheKey: src/render/pageKeys.ts) is what the last build recorded is
  // copied from that build (.astro/cache/), not rendered again: a correction renders only the pages that show it.
  experimental: {incrementalBuild: true},
});
