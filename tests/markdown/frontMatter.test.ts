import {describe, expect, it} from "vitest";
import {formatProblem, Problems} from "../../src/lib/problem.ts";
import {parseFrontMatter} from "../../src/markdown/frontMatter.ts";

const sources = new Set(["cnn-2023", "guardian-2022"]);
const valid = {title: "Title", dek: "Dek", byline: "By us", published: "2026-11-22", updated: "2026-11-22", sources: "[cnn-2023]"};

function problemsFor(fields: Record<string, string | undefined>, extra = ""): string[] {
  const yaml = Object.entries({...valid, ...fields}).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join("\n");
  const problems = new Problems();
  parseFrontMatter("content/story.md", `---\n${yaml}\n${extra}---\n\nBody.\n`, sources, problems);
  return problems.list.map(formatProblem);
}

// Each row: what an editor got wrong, and the one line they should see.
const cases: [string, Record<string, string | undefined>, string][] = [
  ["a missing field", {dek: undefined}, 'content/story.md:2:1  the field "dek" is missing  (add dek: the one-sentence summary under the headline)'],
  ["a key misspelt (the real one is then missing)", {published: undefined, publshed: "2026-11-22"}, 'content/story.md:2:1  the field "published" is missing  (add published: the date of first publication as YYYY-MM-DD, e.g. 2026-11-22)'],
  ["a bad date", {published: "22 Nov 2026"}, 'content/story.md:5:1  published is not valid: "22 Nov 2026" is not a date  (published should be the date of first publication as YYYY-MM-DD, e.g. 2026-11-22)'],
  ["an impossible date (not silently rolled over to March)", {updated: "2026-02-30"}, 'content/story.md:6:1  updated is not valid: "2026-02-30" is not a date  (updated should be the date of the latest update as YYYY-MM-DD (optional: corrections and updates set it))'],
  ["an update before publication", {updated: "2026-11-01"}, "content/story.md:6:1  updated (2026-11-01) is before published (2026-11-22)  (updated is the date of the latest change, on or after published)"],
  ["an unknown source", {sources: "[cnn-2023, guardian-2023]"}, 'content/story.md:7:21  unknown source "guardian-2023"  (did you mean "guardian-2022"?)'],
  ["a correction dated before publication", {corrections: "[{date: 2026-11-01, text: Fixed.}]"}, "content/story.md:8:16  this correction is dated 2026-11-01, before the story was published (2026-11-22)  (give the date the change was made)"],
  ["a correction dated in the future (a typo that would date the story ahead in feeds)", {corrections: "[{date: 2999-01-05, text: Fixed.}]"}, "content/story.md:8:16  this correction is dated 2999-01-05, in the future  (give the date the change was made (feeds and search engines would show it as the story's latest change))"],
  ["a publication date in the future", {published: "2999-01-05", updated: undefined}, "content/story.md:5:1  published is 2999-01-05, in the future  (give the date the story is first published; the site publishes every story in content/ when it is built)"],
  ["a figure in the dek, which link previews and feeds would show as it is typed", {dek: '"Fares rose to :fig{#day-pass} this year"'}, "content/story.md:3:1  the dek contains a directive (:fig{#day-pass}), which is not resolved there  (write the dek as plain text: it is shown as it is in link previews, feeds and search results; place figures and quotes in the story's body)"],
  ["a correction without its text", {corrections: "[{date: 2026-11-23}]"}, 'content/story.md:8:15  the field "corrections[1].text" is missing  (add corrections[1].text: what was wrong and what is right, in a sentence)'],
  ["a list given as text", {sources: "cnn-2023"}, "content/story.md:7:1  sources is text, not a list  (sources should be a list of source ids from data/sources.json, e.g. [city-survey-2024, council-report])"],
];

describe("parseFrontMatter", () => {
  it("parseFrontMatter(file, text) normalises valid front matter, dates as YYYY-MM-DD", () => {
    const problems = new Problems();
    const {frontMatter} = parseFrontMatter("content/story.md", "---\ntitle: T\ndek: D\nbyline: B\npublished: 2026-11-22\nupdated: 2026-11-23\nsources: [cnn-2023]\n---\nBody\n", sources, problems);
    expect(problems.list).toEqual([]);
    expect(frontMatter).toEqual({title: "T", dek: "D", byline: "B", published: "2026-11-22", updated: "2026-11-23", sources: ["cnn-2023"], notices: []});
  });
  it("parseFrontMatter(file, text) reads corrections and updates, newest first, and the updated date follows them", () => {
    const problems = new Problems();
    const text = "---\ntitle: T\ndek: D\nbyline: B\npublished: 2026-11-22\nsources: [cnn-2023]\ncorrections:\n  - date: 2026-11-24\n    text: An earlier version misstated a figure.\nupdates:\n  - date: 2026-11-23\n    text: Added a chart.\n---\nBody\n";
    const {frontMatter} = parseFrontMatter("content/story.md", text, sources, problems);
    expect(problems.list).toEqual([]);
    expect(frontMatter?.updated).toBe("2026-11-24");
    expect(frontMatter?.notices).toEqual([
      {kind: "correction", date: "2026-11-24", text: "An earlier version misstated a figure."},
      {kind: "update", date: "2026-11-23", text: "Added a chart."},
    ]);
  });
  it("parseFrontMatter(file, text) without updated or notices is updated when published", () => {
    const {frontMatter} = parseFrontMatter("content/story.md", "---\ntitle: T\ndek: D\nbyline: B\npublished: 2026-11-22\nsources: [cnn-2023]\n---\n", sources, new Problems());
    expect(frontMatter?.updated).toBe("2026-11-22");
  });
  for (const [what, fields, expected] of cases) {
    it(`parseFrontMatter(file, text) reports ${what} with its line and fix`, () => {
      expect(problemsFor(fields)).toContain(expected);
    });
  }
  it("parseFrontMatter(file, text) names a misspelt key and suggests the right one", () => {
    expect(problemsFor({published: undefined, publshed: "2026-11-22"})).toContain('content/story.md:7:1  unknown field "publshed"  (did you mean "published"? Rename it)');
  });
  it("parseFrontMatter(file, text) reports broken YAML with its line, never a stack trace", () => {
    const problems = new Problems();
    parseFrontMatter("content/story.md", "---\ntitle: A: B: C\ndek: x\n---\n", sources, problems);
    expect(problems.list.map(formatProblem)).toEqual([expect.stringMatching(/^content\/story\.md:2:8 {2}the front matter is not valid YAML: .+ {2}\(check the indentation and put text containing a colon in quotes\)$/)]);
  });
});
