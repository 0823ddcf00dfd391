import {describe, expect, it} from "vitest";
import {formatFigure} from "../../src/format/formatFigure.ts";
import {loadData} from "../../src/data/loadData.ts";
import {formatProblem, Problems} from "../../src/lib/problem.ts";
import {loadSite} from "../../src/site.ts";
import {copyProject, fixture} from "../helpers/project.ts";

/** The problems that loading a copy of the project reports after an edit, formatted as an editor sees them. */
function problemsAfter(name: string, file: string, change: (text: string) => string): string[] {
  const project = copyProject(name);
  project.edit(file, change);
  return loadSite(project.dir).problems.map(formatProblem);
}

describe("provenance", () => {
  it("loadData(fixture) verifies every figure's quote in the real data", () => {
    const problems = new Problems();
    const data = loadData(fixture, problems);
    expect(problems.list.map(formatProblem)).toEqual([]);
    expect(data.figures.size).toBeGreaterThan(20);
  });

  it("a quote that is not in its source stops with the file, the row and the quote", () => {
    const problems = problemsAfter("quote-missing", "data/facts/workforce.csv", (t) => t.replace("with 22% of officers saying they had personally been bullied", "with 22% of officers saying they had been bullied"));
    expect(problems).toEqual([
      'data/facts/workforce.csv:4  the quote "with 22% of officers saying they had been bullied" is not in CNN (cnn-2023)  (copy the words exactly; the source reads "with 22% of officers saying they had personally been bullied, leaving frontline officers…")',
    ]);
  });

  it("a value that its quote does not state is reported", () => {
    const problems = problemsAfter("value-mismatch", "data/facts/workforce.csv", (t) => t.replace("met-white-share,Share of the force who are white,82", "met-white-share,Share of the force who are white,83"));
    expect(problems[0]).toBe('data/facts/workforce.csv:2  value 83 is not a number the quote states ("The force is still largely white (82%) and male (71%)")  (make value match the quote, or quote the words that give 83)');
  });

  it("a qualifier that its quote does not support is reported", () => {
    const problems = problemsAfter("qualifier-mismatch", "data/facts/misconduct.csv", (t) => t.replace("81,,,percent-more", "81,,around,percent-more"));
    expect(problems).toEqual(['data/facts/misconduct.csv:14  qualifier around is not in the quote ("Black officers were 81% more likely to face disciplinary action")  (quote the words that say "around" or "about" or "roughly" or "approximately" or "some" or "nearly" or "almost", or empty the qualifier if the source states the figure exactly)']);
  });

  it("a source id that is not registered is reported with a suggestion", () => {
    const problems = problemsAfter("unknown-source", "data/facts/review.csv", (t) => t.replace("16,,,count,cnn-2023", "16,,,count,cnn-2022"));
    expect(problems[0]).toMatch(/^data\/facts\/review\.csv:3 {2}unknown source "cnn-2022" {2}\(did you mean "cnn-2023"\?/);
  });

  it("a malformed CSV row is reported with its line, not thrown", () => {
    const problems = problemsAfter("bad-csv", "data/facts/review.csv", (t) => t.replace("report-pages,Pages in the final report,363,,,count", "report-pages,Pages in the final report,363,,count"));
    expect(problems).toEqual(["data/facts/review.csv:2  this row has 8 cells but the header has 9 columns  (every row needs one cell per header column, empty ones included; put a cell that contains a comma inside double quotes)"]);
  });

  it("a stray double quote loses only that file, in plain words, and what cites its rows is not reported again", () => {
    const problems = problemsAfter("stray-quote", "data/facts/misconduct.csv", (t) => t.replace("the most complaints against a single officer was 19", 'the most "complaints" against a single officer was 19'));
    expect(problems).toEqual([
      'data/facts/misconduct.csv:11  this line stops the whole file being read: a double quote sits inside a cell that is not wrapped in double quotes  (wrap a cell that contains a comma or a double quote in double quotes, and write each double quote inside it twice (""))',
    ]);
  });

  it("a quote that is in another source says which source to cite", () => {
    const problems = problemsAfter("other-source", "data/facts/review.csv", (t) => t.replace("8,,,count,preview-2023", "8,,,count,cnn-2023"));
    expect(problems).toEqual(['data/facts/review.csv:4  the quote "Baroness Casey highlighted eight areas of concern" is not in CNN (cnn-2023) but in Unnamed outlet (preview-2023)  (cite source preview-2023 instead)']);
  });

  it("a story that cites a source missing from its front matter is told to list it", () => {
    const problems = problemsAfter("unlisted-source", "content/misconduct-system.md", (t) => t.replace("sources: [guardian-2022, cnn-2023, preview-2023]", "sources: [guardian-2022, cnn-2023]"));
    expect(problems).toEqual(["content/misconduct-system.md:6  the story cites preview-2023 but does not list it under sources  (add preview-2023 to sources: in the front matter)"]);
  });

  it("a {fig:id} in a chart's words that names no figure is reported where it is", () => {
    const problems = problemsAfter("chart-words", "data/charts/complaint-outcomes.json", (t) => t.replace("{fig:fired-per-year}", "{fig:fired-each-year}"));
    expect(problems).toEqual(['data/charts/complaint-outcomes.json:8:32  there is no figure "fired-each-year" in data/  (did you mean "fired-per-year"? Write {fig:fired-per-year})']);
  });

  it("a number written with a comma is reported with the fix", () => {
    const problems = problemsAfter("comma-number", "data/facts/misconduct.csv", (t) => t.replace("them,1809,,,count", 'them,"1,809",,,count'));
    expect(problems[0]).toMatch(/^data\/facts\/misconduct\.csv:2 {2}value is not valid: .* \(value should be a plain number/);
  });

  it("an edited seed is caught by its registered SHA-256", () => {
    const problems = problemsAfter("edited-seed", "seeds/003_3bd11460cb2944da.txt", (t) => t.replace("last chance saloon", "last-chance saloon"));
    expect(problems[0]).toMatch(/^data\/sources\.json:\d+ {2}seeds\/003_3bd11460cb2944da\.txt has changed since it was registered/);
  });
});

describe("figures", () => {
  const problems = new Problems();
  const {figures, settings} = loadData(fixture, problems);
  const show = (id: string) => formatFigure(figures.get(id)!, settings);

  it("formatFigure(figure) keeps ranges as ranges, never a midpoint", () => {
    expect(show("fired-per-year")).toBe("between 30 and 50");
    expect(show("sexual-harassment-survey-share")).toBe("22% to 47%");
    expect(show("allegations-no-response-share")).toBe("around 55% to 60%");
  });

  it("formatFigure(figure) keeps the source's qualifier", () => {
    expect(show("discrimination-upheld")).toBe("fewer than 3 in 10");
    expect(show("recruits-fired-more-likely")).toBe("over 120%");
    expect(show("public-confidence-cnn")).toBe("below 50%");
    expect(show("austerity-loss")).toBe("around £700 million");
    expect(show("repeat-complaint-staff")).toBe("1,809");
  });

  it("a derived share is computed from the counts and compared openly with the printed one", () => {
    const share = figures.get("repeat-complaint-dismissed-share")!;
    expect(share.kind).toBe("derived");
    if (share.kind !== "derived") return;
    expect(share.value).toBeCloseTo((13 / 1809) * 100, 10);
    expect(show("repeat-complaint-dismissed-share")).toBe("0.72%");
    expect(share.agrees).toBe(false);
    expect(share.comparison).toBe("13 of 1,809 is 0.72% (0.7186%), but the source prints 0.71%. The printed figure is what you get by cutting off the decimals rather than rounding them. We show the computed figure.");
  });

  it("where two articles state the same fact, both rows are kept", () => {
    expect(figures.get("repeat-complaint-staff")!.value).toBe(figures.get("repeat-complaint-staff-preview")!.value);
    expect([figures.get("public-confidence-cnn"), figures.get("public-trust-guardian")].map((f) => f?.kind === "fact" && f.source)).toEqual(["cnn-2023", "guardian-2022"]);
  });
});
