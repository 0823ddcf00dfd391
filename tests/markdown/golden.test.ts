import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {Problems, formatProblem} from "../../src/lib/problem.ts";
import {figureNotes} from "../../src/markdown/figureNotes.ts";
import {renderMarkdown} from "../../src/markdown/renderMarkdown.ts";
import {storyContext} from "../../src/remark/context.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";
import {root} from "../helpers/project.ts";

const {data, charts} = fixtureSite();
const inputs = readdirSync(join(root, "tests/input")).filter((name) => name.endsWith(".md"));

/** One element per line, so a golden diff points at the line that changed. */
const pretty = (html: string) => html.replace(/>\s*</g, ">\n<");

describe("markdown pipeline (golden files)", () => {
  for (const name of inputs) {
    it(`renders tests/input/${name} as tests/output/${name.replace(/\.md$/, ".html")}`, async () => {
      const context = storyContext(`tests/input/${name}`, data, charts, new Problems());
      const html = renderMarkdown(readFileSync(join(root, "tests/input", name), "utf8"), context);
      expect(context.problems.list.map(formatProblem)).toEqual([]);
      await expect(pretty(html + figureNotes(context.cited, data))).toMatchFileSnapshot(`../output/${name.replace(/\.md$/, ".html")}`);
    });
  }
});
