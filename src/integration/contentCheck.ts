import type {AstroIntegration} from "astro";
import {formatProblem} from "../lib/problem.ts";
import {loadSite} from "../site.ts";

const minimumNode = [22, 12];

/**
 * Checks every story, data file, source quote and chart before Astro builds a
 * page, and stops the build with one line per problem (file, line, fix) instead
 * of a stack trace or a page with a hole in it. In the dev server the same
 * problems are printed on every change, and pages show them.
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
      "astro:build:start": ({logger}) => {
        logger.info(`building with Node ${process.version}`);
        const {problems, stories} = loadSite();
        if (problems.length) {
          logger.error(`The build stopped: ${problems.length} problem${problems.length > 1 ? "s" : ""} in the content.\n\n${problems.map(formatProblem).join("\n")}\n`);
          process.exit(1);
        }
        logger.info(`checked ${stories.length} stor${stories.length === 1 ? "y" : "ies"}: every quote found in its source`);
      },
    },
  };
}
