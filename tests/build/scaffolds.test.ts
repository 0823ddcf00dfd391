import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {copyProject, npmRun} from "../helpers/project.ts";

describe("scaffolds, used as the manual says", () => {
  it("npm run new:chart writes a bar chart as data only (no code, no test), and once it has a row and a place, it checks and builds", () => {
    const project = copyProject("new-chart");
    const before = project.read("src/charts/index.ts");
    const created = npmRun(project.dir, "new:chart", "scaffold-check");
    expect(created.status, created.output).toBe(0);
    for (const file of ["data/facts/scaffold-check.csv", "data/charts/scaffold-check.json"]) expect(existsSync(join(project.dir, file)), file).toBe(true);
    expect(JSON.parse(project.read("data/charts/scaffold-check.json"))).toMatchObject({type: "bars", figures: "scaffold-check"});
    expect(project.read("src/charts/index.ts")).toBe(before);
    expect(created.output).toContain("::chart{#scaffold-check}");

    // Empty and unwritten: the check names the missing rows and the words still to come, in the chart's own file.
    const first = npmRun(project.dir, "check").output;
    expect(first).toContain("data/charts/scaffold-check.json:3  the chart needs at least one figure in data/facts/scaffold-check.csv, which data/ does not have");
    expect(first).toContain("data/charts/scaffold-check.json:4:13  TK: this text is still to come  (write it, replacing the TK, before publishing)");

    project.edit("data/facts/scaffold-check.csv", (t) => `${t}most-claims-one-officer,Most complaints against a single officer,19,,,count,preview-2023,the most complaints against a single officer was 19,\n`);
    project.edit("data/charts/scaffold-check.json", (t) => t.replace(/TK: [^"]+/g, "Written."));
    project.edit("content/casey-review.md", (t) => `${t}\n::chart{#scaffold-check}\n`);
    const check = npmRun(project.dir, "check");
    expect(check.status, check.output).toBe(0);
    const build = npmRun(project.dir, "build");
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(project.dir, "dist/casey-review/index.html"), "utf8")).toContain('data-chart="scaffold-check"');
    expect(existsSync(join(project.dir, "dist/embed/scaffold-check/index.html"))).toBe(true);
  });

  it("npm run new:story starts a story with no chart or source it was not given, and with --chart and --source places and lists them", () => {
    const project = copyProject("new-story");
    const bare = npmRun(project.dir, "new:story", "Scaffold check story");
    expect(bare.status, bare.output).toBe(0);
    expect(bare.output).toContain("content/scaffold-check-story.md");
    const text = project.read("content/scaffold-check-story.md");
    expect(text).toMatch(/^---\ntitle: Scaffold check story\n/);
    expect(text).toContain("sources: []");
    expect(text).not.toContain("::chart");

    const placed = npmRun(project.dir, "new:story", "Second scaffold story: 4.2 million", "--chart", "scandal-timeline", "--source", "cnn-2023");
    expect(placed.status, placed.output).toBe(0);
    // A decimal in the title stays readable in the address: 4-2-million, not 42-million.
    const second = project.read("content/second-scaffold-story-4-2-million.md");
    expect(second).toContain("sources: [cnn-2023]");
    expect(second).toContain("::chart{#scandal-timeline}");

    // They check clean once the text still to come (TK) is written, and build with the site's default byline.
    expect(npmRun(project.dir, "check").output).toMatch(/content\/scaffold-check-story\.md:3:7 {2}TK: this text is still to come/);
    for (const file of ["content/scaffold-check-story.md", "content/second-scaffold-story-4-2-million.md"]) project.edit(file, (t) => t.replace(/TK: [^\n"]+/g, "Written."));
    expect(npmRun(project.dir, "check").status).toBe(0);
    expect(npmRun(project.dir, "build").status).toBe(0);
    const page = readFileSync(join(project.dir, "dist/scaffold-check-story/index.html"), "utf8");
    expect(page).toContain(JSON.parse(project.read("data/site.json")).byline);

    expect(npmRun(project.dir, "new:story", "Scaffold check story").output).toContain("already exists");
    const wrong = npmRun(project.dir, "new:story", "Third", "--chart", "no-such-chart");
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toContain('Nothing was created: there is no chart "no-such-chart"');
    expect(existsSync(join(project.dir, "content/third.md"))).toBe(false);

    // A headline in another language still makes a web address: plain letters, at most eight words.
    const german = npmRun(project.dir, "new:story", "Was ein Fahrradbügel an der Straße kostet, und warum die Stadt jetzt 4,2 Millionen Euro ausgibt");
    expect(german.status, german.output).toBe(0);
    expect(existsSync(join(project.dir, "content/was-ein-fahrradbuegel-an-der-strasse-kostet-und.md"))).toBe(true);
  });
});
