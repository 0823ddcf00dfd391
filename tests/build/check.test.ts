import {describe, expect, it} from "vitest";
import {copyProject, npmRun} from "../helpers/project.ts";

describe("npm run check", () => {
  it("passes on the real project, quickly", () => {
    const {status, output} = npmRun(".", "check");
    expect(status, output).toBe(0);
    expect(output).toMatch(/^All clear: \d+ stor(y|ies), \d+ figures?( and \d+ datasets? of \d+ rows?)? \(\d+ quotes? or cells verified\), \d+ sources?, \d+ charts?, in \d+ ms\.$/m);
  });

  it("reports every kind of editor mistake at once, each with its file, line and fix, and exits non-zero", () => {
    const project = copyProject("check-all");
    // A quote not in its source.
    project.edit("data/facts/review.csv", (t) => t.replace("made 16 recommendations", "made 16 sweeping recommendations"));
    // A malformed CSV row (a cell missing).
    project.edit("data/facts/workforce.csv", (t) => t.replace("officers-bullied-share,Officers who said they had personally been bullied,22,,,percent", "officers-bullied-share,Officers who said they had personally been bullied,22,,percent"));
    // A bad date and a misspelt front-matter key.
    project.edit("content/misconduct-system.md", (t) => t.replace("published: 2026-11-22", "published: 2026-11-31\nbylne: By us"));
    // An unknown chart id, a figure reference to a missing row, a broken internal link.
    project.edit("content/casey-review.md", (t) =>
      t.replace("::chart{#scandal-timeline}", "::chart{#scandals-timeline}")
        .replace(":fig{#report-pages}", ":fig{#report-page}")
        .replace("(/sources/preview-2023/)", "(/source/preview-2023/)"));
    const {status, output} = npmRun(project.dir, "check");
    expect(status).toBe(1);
    const lines = output.trim().split("\n");
    for (const expected of [
      /^data\/facts\/review\.csv:3 {2}the quote "made 16 sweeping recommendations" is not in CNN \(cnn-2023\) {2}\(copy the words exactly; the source reads "made 16 recommendations/,
      /^data\/facts\/workforce\.csv:4 {2}this row has 8 cells but the header has 9 columns {2}\(every row needs one cell per header column/,
      /^content\/misconduct-system\.md:5:1 {2}published is not valid: "2026-11-31" is not a date {2}\(published should be the date of first publication as YYYY-MM-DD/,
      /^content\/misconduct-system\.md:6:1 {2}unknown field "bylne" {2}\(did you mean "byline"\? Rename it\)$/,
      /^content\/casey-review\.md:\d+:1 {2}there is no chart "scandals-timeline" {2}\(did you mean "scandal-timeline"\?/,
      /^content\/casey-review\.md:10:\d+ {2}there is no figure "report-page" in data\/ {2}\(did you mean "report-pages"\? Write :fig\{#report-pages\}\)$/,
      /^content\/casey-review\.md:\d+:\d+ {2}the link \/source\/preview-2023\/ goes to a page the site does not have {2}\(did you mean "\/sources\/preview-2023\/"/,
    ]) {
      expect(lines.some((line) => expected.test(line)), `${expected} in:\n${output}`).toBe(true);
    }
    expect(output.trim()).toMatch(/7 problems found\. Fix them and run npm run check again\.$/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
