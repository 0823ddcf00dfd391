import {join} from "node:path";
import type {AstroIntegration} from "astro";
import {projectRoot} from "../lib/paths.ts";
import {plural} from "../lib/plural.ts";
import {formatProblem} from "../lib/problem.ts";
import {inputsChanged, loadSite, useProjectChartCache, watchingInputs} from "../site.ts";
import {addressNote} from "../feeds/addressNote.ts";
import {currentAddress} from "../settings/publicAddress.ts";

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
      "astro:config:setup": ({logger}) => {
        const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
        if (major < minimumNode[0]! || (major === minimumNode[0] && minor < minimumNode[1]!)) {
          logger.error(`Node ${process.versions.node} is too old: this site needs Node ${minimumNode.join(".")} or newer. Run it through npm (npm run build), which uses the Node 24 installed in node_modules.`);
          process.exit(1);
        }
      },
      "astro:server:setup": ({server, logger}) => {
        // content/, data/ and seeds/ are read with fs, not imported, so Vite does not
        // see them change. Watch them, clear Astro's cache of getStaticPaths results
        // (the event Astro's own content layer sends) and reload the browser.
        const inputs = ["content", "data", "seeds"].map((folder) => join(projectRoot(), folder));
        server.watcher.add(inputs);
        watchingInputs();
        server.watcher.on("all", (_event, path) => {
          if (!inputs.some((folder) => path.startsWith(folder))) return;
          inputsChanged(path);
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== "client") environment.hot.send("astro:content-changed", {});
          }
          server.environments.client.hot.send({type: "full-reload", path: "*"});
          // The page reports any problem (this module may hold an older copy of the chart list).
          logger.info(`${path.slice(projectRoot().length + 1)} changed: reloading`);
        });
      },
      "astro:build:start": ({logger}) => {
        logger.info(`building with Node ${process.version}`);
        useProjectChartCache();
        const {problems, stories} = loadSite();
        if (problems.length) {
          logger.error(`The build stopped: ${plural(problems.length, "problem")} in the content.\n\n${problems.map(formatProblem).join("\n")}\n`);
          process.exit(1);
        }
        logger.info(`checked ${plural(stories.length, "story", "stories")}: every quote found in its source`);
        const note = addressNote(currentAddress());
        if (note) logger.info(note);
        // Nothing in content/, data/ or seeds/ changes while the pages are written: each page reuses this load.
        process.env.SITE_INPUTS_FROZEN = "1";
      },
    },
  };
}
