import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {pages} from "../helpers/dist.ts";
import {copyProject, npmRun} from "../helpers/project.ts";

// npm run build:low-memory is the same build under V8's --optimize-for-size (README, “Performance
// budget”): it must build the same pages, with the pinned Node accepting the flag.
describe("npm run build:low-memory", () => {
  it("builds the same pages as npm run build", () => {
    const project = copyProject("low-memory");
    const low = npmRun(project.dir, "build:low-memory");
    expect(low.status, low.output).toBe(0);
    expect(low.output).toContain("published the build to dist/");
    const lowPages = pages(join(project.dir, "dist"));
    const usual = npmRun(project.dir, "build");
    expect(usual.status, usual.output).toBe(0);
    const usualPages = pages(join(project.dir, "dist"));
    expect([...lowPages.keys()].sort()).toEqual([...usualPages.keys()].sort());
    for (const [path, html] of usualPages) expect(lowPages.get(path), path).toBe(html);
  });
});
