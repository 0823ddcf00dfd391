import {createHash} from "node:crypto";
import {readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {copyProject, npmRun} from "../helpers/project.ts";

/** Every file under a folder with the SHA-1 of its bytes: two equal maps are byte-identical folders. */
function fingerprint(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash("sha1").update(readFileSync(path)).digest("hex");
    }
  };
  walk(folder);
  return files;
}

// Builds of one copy, one after another: each failure is injected the way it would happen.
describe("a failed build publishes nothing", () => {
  it("leaves dist/ byte-identical when the check, a page's rendering or a last build step fails, and publishes the next good build", () => {
    const project = copyProject("atomic-build");
    const first = npmRun(project.dir, "build");
    expect(first.status, first.output).toBe(0);
    const dist = join(project.dir, "dist");
    const good = fingerprint(dist);
    expect(Object.keys(good)).toContain("index.html");
    expect(Object.keys(good)).toContain("_headers");

    const failures: [string, () => void, () => void][] = [
      ["a quote not in its source (the check)", () => project.edit("data/facts/review.csv", (t) => t.replace("made 16 recommendations", "made 17 recommendations")), () => project.edit("data/facts/review.csv", (t) => t.replace("made 17 recommendations", "made 16 recommendations"))],
      ["a page that throws while rendering", () => project.write("src/pages/broken.astro", "---\nthrow new Error('a page failed to render');\n---\n"), () => rmSync(join(project.dir, "src/pages/broken.astro"))],
      // Pagefind indexes in its own process while the chart files are written; publishing waits for it.
      ["the search index, written in the background, failing", () => project.edit("astro.config.mjs", (t) => `process.env.PAGEFIND_EXTENDED_BINARY_PATH = "/nonexistent/pagefind";\n${t}`), () => project.edit("astro.config.mjs", (t) => t.replace(/^process\.env\.PAGEFIND[^\n]*\n/, ""))],
      ["a step that fails after every page is written", () => project.edit("astro.config.mjs", (t) => t.replace(", publishBuild()]", ', {name: "failing-step", hooks: {"astro:build:done": () => { throw new Error("a last step failed"); }}}, publishBuild()]')), () => project.edit("astro.config.mjs", (t) => t.replace(/\{name: "failing-step"[^\n]*?\}\}\}, /, ""))],
    ];
    for (const [stage, inject, undo] of failures) {
      inject();
      const failed = npmRun(project.dir, "build");
      expect(failed.status, `${stage}: ${failed.output}`).not.toBe(0);
      expect(fingerprint(dist), stage).toEqual(good);
      undo();
    }

    // The next good build is published whole.
    project.edit("content/casey-review.md", (t) => t.replace("runs to", "runs, in all, to"));
    const next = npmRun(project.dir, "build");
    expect(next.status, next.output).toBe(0);
    expect(readFileSync(join(dist, "casey-review/index.html"), "utf8")).toContain("runs, in all, to");
    // The same files, whose names may carry a hash of their content (the search index's).
    const names = (files: Record<string, unknown>) => Object.keys(files).map((name) => name.replace(/_[0-9a-f]{7,}\./, "_<hash>.")).sort();
    expect(names(fingerprint(dist))).toEqual(names(good));
  });
});
