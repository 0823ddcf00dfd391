import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {copyProject, npmRun} from "../helpers/project.ts";

describe("scaffolds, used as the manual says", () => {
  it("npm run new:chart creates a chart that type-checks, and once it has a row and a place, builds", () => {
    const project = copyProject("new-chart");
    const created = npmRun(project.dir, "new:chart", "scaffold-check");
    expect(created.status, created.output).toBe(0);
    for (const file of ["src/charts/scaffoldCheck.ts", "data/facts/scaffold-check.csv", "data/charts/scaffold-check.json", "tests/charts/scaffoldCheck.test.ts"]) expect(existsSync(join(project.dir, file)), file).toBe(true);
    expect(project.read("src/charts/index.ts")).toContain("scaffoldCheck]");
    expect(created.output).toContain("::chart{#scaffold-check}");

    // Empty and unwritten: the check names the missing rows and the words still to come.
    const first = npmRun(project.dir, "check").output;
    expect(first).toContain('src/charts/scaffoldCheck.ts  the chart "scaffold-check" needs at least one figure in data/facts/scaffold-check.csv');
    expect(first).toContain("data/charts/scaffold-check.json:2:13  TK: this text is still to come  (write it, replacing the TK, before publishing)");

    project.edit("data/facts/scaffold-check.csv", (t) => `${t}most-claims-one-officer,Most complaints against a single officer,19,,,count,preview-2023,the most complaints against a single officer was 19,\n`);
    project.write("data/charts/scaffold-check.json", JSON.stringify({title: "One officer faced 19 complaints", subtitle: "Complaints against a single officer."}));
    project.edit("content/casey-review.md", (t) => `${t}\n::chart{#scaffold-check}\n`);
    const check = npmRun(project.dir, "check");
    expect(check.status, check.output).toBe(0);
    const types = npmRun(project.dir, "typecheck");
    expect(types.status, types.output).toBe(0);
    const build = npmRun(project.dir, "build");
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(project.dir, "dist/casey-review/index.html"), "utf8")).toContain('data-chart="scaffold-check"');
  });

  it("npm run new:story creates a story that checks and builds, with a first chart", () => {
    const project = copyProject("new-story");
    const created = npmRun(project.dir, "new:story", "Scaffold check story");
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain("content/scaffold-check-story.md");
    const text = project.read("content/scaffold-check-story.md");
    expect(text).toMatch(/^---\ntitle: Scaffold check story\n/);
    expect(text).toContain("::chart{#workforce-demographics}");
    // It checks clean once the text still to come (TK) is written.
    expect(npmRun(project.dir, "check").output).toMatch(/content\/scaffold-check-story\.md:3:7 {2}TK: this text is still to come/);
    project.edit("content/scaffold-check-story.md", (t) => t.replace(/TK: [^\n"]+/g, "Written."));
    expect(npmRun(project.dir, "check").status).toBe(0);
    expect(npmRun(project.dir, "build").status).toBe(0);
    expect(existsSync(join(project.dir, "dist/scaffold-check-story/index.html"))).toBe(true);
    expect(npmRun(project.dir, "new:story", "Scaffold check story").output).toContain("already exists");
  });
});
