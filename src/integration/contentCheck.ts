import {existsSync} from "node:fs";
import {join} from "node:path";
import type {AstroIntegration} from "astro";
import {projectRoot} from "../lib/paths.ts";
import {watchTree} from "../lib/watchTree.ts";
import {plural} from "../lib/plural.ts";
import {formatProblem} from "../lib/problem.ts";
import {writesDone} from "../lib/writeWhole.ts";
import {inputFolders, inputsChanged, loadSite, useProjectChartCache, watchingInputs} from "../site.ts";
import {addressNote} from "../feeds/addressNote.ts";
import {currentAddress} from "../settings/publicAddress.ts";
import {packStoryHtml} from "../stories/packStoryHtml.ts";

const minimumNode = [22, 12];

/**
 * Checks every story, data file, source quote and chart before Astro builds a
 * page, and stops the build with one line per problem (file, line, fix) instead
 * of a stack trace or a page with a hole in it. In the dev server, pages show
 * the same problems on the next reload after any change to content, data or seeds.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": ({logger, updateConfig}) => {
        // Vite's own watcher looks at every file of a folder again on each change in it (thousands of
        // datasets), and at what the dev server writes as it goes (drawings, checked results): it is
        // kept off both, and the inputs are watched below.
        const root = projectRoot();
        const watched = inputFolders.filter((folder) => existsSync(join(root, folder)));
        updateConfig({vite: {server: {watch: {ignored: [...watched.map((folder) => `${join(root, folder)}/**`), "**/.astro/chart-cache/**", "**/.astro/results/**", "**/.astro/*-dist*/**", "**/dist/**"]}}}});
        const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
        if (major < minimumNode[0]! || (major === minimumNode[0] && minor < minimumNode[1]!)) {
          logger.error(`Node ${process.versions.node} is too old: this site needs Node ${minimumNode.join(".")} or newer. Run it through npm (npm run build), which uses the Node 24 installed in node_modules.`);
          process.exit(1);
        }
      },
      "astro:server:setup": ({server, logger}) => {
        // content/, data/ and seeds/ are read with fs, not imported, so Vite does not see them
        // change. Each change is noted at once (the next page load reads it); then, once per burst
        // of changes (an editor's save may be several), Astro's cache of getStaticPaths results is
        // cleared (the event Astro's own content layer sends) and the browser reloads.
        const root = projectRoot();
        watchingInputs();
        const pending = new Set<string>();
        let timer: NodeJS.Timeout | undefined;
        const changed = (path: string) => {
          inputsChanged(path);
          pending.add(path.slice(root.length + 1) || path);
          timer ??= setTimeout(() => {
            timer = undefined;
            for (const environment of Object.values(server.environments)) {
              if (environment.name !== "client") environment.hot.send("astro:content-changed", {});
            }
            server.environments.client.hot.send({type: "full-reload", path: "*"});
            // The page reports any problem (this module may hold an older copy of the chart list).
            logger.info(`${[...pending].join(", ")} changed: reloading`);
            pending.clear();
          }, 25);
        };
        const failed = (folder: string, error: Error) => logger.warn(`${folder.slice(root.length + 1) || folder} is not watched (${error.message}): restart npm run dev after changing files there`);
        const watchers = inputFolders.filter((folder) => existsSync(join(root, folder))).map((folder) => watchTree(join(root, folder), changed, failed));
        server.httpServer?.once("close", () => watchers.forEach((watcher) => watcher.close()));
        // A folder made after the server started (seeds/ in a new site) is watched by Vite's watcher.
        const missing = inputFolders.map((folder) => join(root, folder)).filter((folder) => !existsSync(folder));
        if (missing.length) {
          server.watcher.add(missing);
          server.watcher.on("all", (_event, path) => {
            if (missing.some((folder) => path.startsWith(folder))) changed(path);
          });
        }
      },
      "astro:build:start": async ({logger}) => {
        logger.info(`building with Node ${process.version}`);
        useProjectChartCache();
        const {problems, stories} = loadSite();
        if (problems.length) {
          logger.error(`The build stopped: ${plural(problems.length, "problem")} in the content.\n\n${problems.map(formatProblem).join("\n")}\n`);
          await writesDone();
          process.exit(1);
        }
        logger.info(`checked ${plural(stories.length, "story", "stories")}: every quote found in its source`);
        const note = addressNote(currentAddress());
        if (note) logger.info(note);
        // Each story's HTML is held deflated, and inflated for its page.
        packStoryHtml(stories);
        // Nothing in content/, data/ or seeds/ changes while the pages are written: each page reuses this load.
        process.env.SITE_INPUTS_FROZEN = "1";
      },
    },
  };
}
