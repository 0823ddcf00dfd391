import {describe, expect, it} from "vitest";
import {formatProblem} from "../../src/lib/problem.ts";
import {loadSite} from "../../src/site.ts";
import {copyProject} from "../helpers/project.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const file = "data/datasets/transit-journeys.csv";

/** The problems a copy of the fixture reports after an edit to one of its datasets. */
function problemsAfter(name: string, change: (text: string) => string, target = file): string[] {
  const project = copyProject(name);
  project.edit(target, change);
  return loadSite(project.dir).problems.map(formatProblem);
}

describe("datasets", () => {
  it("loadDatasets infers each column's kind, takes units from the dataset's .json, and keys rows by their text and date columns", () => {
    const dataset = fixtureSite().data.datasets.get("transit-journeys")!;
    expect(dataset.columns.map((c) => [c.name, c.type])).toEqual([["year", "date"], ["mode", "text"], ["journeys", "number"]]);
    expect(dataset.key).toEqual(["year", "mode"]);
    expect(dataset.rows[5]!.printed.journeys).toEqual({decimals: 1, scale: 6});
  });

  // Each row: a mistake in a dataset, and the line (with its column) an editor should see.
  const cases: [string, (text: string) => string, string][] = [
    ["a value its quote does not state", (t) => t.replace("2018,Buses,32400000", "2018,Buses,32500000"), 'data/datasets/transit-journeys.csv:3:12  journeys 32500000 is not a number the quote states ("32.4 million in 2018")'],
    ["a value written at the quote's scale", (t) => t.replace("2018,Buses,32400000", "2018,Buses,32.4"), "data/datasets/transit-journeys.csv:3:12  journeys 32.4 is not a number the quote states (\"32.4 million in 2018\")  (the quote says 32.4 at a larger scale: write the whole number, 32400000)"],
    ["an empty cell", (t) => t.replace("2020,Trams,6100000", "2020,,6100000"), 'data/datasets/transit-journeys.csv:8:6  the cell "mode" is empty  (fill it in: every row needs a value for mode)'],
    ["a repeated key", (t) => t.replace("2020,Trams,6100000", "2018,Trams,6100000"), "data/datasets/transit-journeys.csv:8:1  this row repeats year and mode 2018 · Trams of line 7"],
    ["a number with a comma", (t) => t.replace("2024,Trams,10400000", '2024,Trams,"10,400,000"'), 'data/datasets/transit-journeys.csv:9:12  journeys "10,400,000" is not a plain number'],
    ["an impossible date", (t) => t.replace("2015,Trams", "2015-13,Trams"), 'data/datasets/transit-journeys.csv:6:1  year "2015-13" is not a date'],
    ["a quote not in its source", (t) => t.replace("6.1 million in 2020", "6.1 million trams in 2020"), 'data/datasets/transit-journeys.csv:8:33  the quote "6.1 million trams in 2020" is not in Test input (test-transit)'],
    ["a header without its provenance", (t) => t.replace("year,mode,journeys,source,quote", "year,mode,journeys,source"), "data/datasets/transit-journeys.csv:1  the header lacks the column quote"],
  ];
  it("a year its quote does not give is reported (a quote that dates its number must date it to the row's year)", () => {
    const problems = problemsAfter("dataset-year-not-quoted", (t) => t.replace("2018,Buses,32400000", "2019,Buses,32400000"));
    expect(problems.some((line) => line.startsWith('data/datasets/transit-journeys.csv:3:1  year 2019 is not a year the quote gives ("32.4 million in 2018")')), problems.join("\n")).toBe(true);
  });

  const tram = "data/datasets/tram-lines.csv";
  const rawCases: [string, (text: string) => string, string][] = [
    ["a value that is not the data file's cell", (t) => t.replace("Blue,3600000", "Blue,3700000"), `${tram}:3:6  journeys 3700000 is not what line 5 of seeds/riverside-stats.csv gives under "Journeys (thousands)" ("3,600", times 1000)  (write 3600000)`],
    ["a row the data file does not have", (t) => t.replace("Line=Green", "Line=Yellow"), `${tram}:4:31  no row of seeds/riverside-stats.csv has Line=Yellow  (its Line column has: Red, Blue, Green, Night)`],
    ["a column the data file does not have", (t) => t.replace("Line=Green", "Route=Green"), `${tram}:4:31  seeds/riverside-stats.csv has no column "Route"  (its columns are: Line, Stops, Journeys (thousands)`],
    ["a name that is not the data file's cell", (t) => t.replace("Blue,3600000,riverside-stats,Line=Blue", "Azure,3600000,riverside-stats,Line=Blue"), `${tram}:3:1  line "Azure" is not what line 5 of seeds/riverside-stats.csv gives under "Line" ("Blue")  (write Blue, as the file does)`],
    ["a cell the data file leaves without a number", (t) => t.replace("Green,2500000,riverside-stats,Line=Green", "Night,2500000,riverside-stats,Line=Night"), `${tram}:4:7  line 7 of seeds/riverside-stats.csv has no number under "Journeys (thousands)" (it reads "[x]")`],
  ];
  for (const [mistake, change, expected] of rawCases) {
    it(`a source that is a data file: ${mistake} is reported with the dataset's line and column and the data file's line`, () => {
      const problems = problemsAfter(`raw-${mistake.replace(/\W+/g, "-")}`, change, tram);
      expect(problems.some((line) => line.startsWith(expected)), problems.join("\n")).toBe(true);
    });
  }

  it("a source that is a data file: each value is its cell times the column's factor, printed as a plain number, and the table names the file's line", () => {
    const site = fixtureSite();
    const dataset = site.data.datasets.get("tram-lines")!;
    expect(dataset.rows.map((row) => [row.values.journeys, row.rawLine, row.printed.journeys])).toEqual([[4300000, 4, {decimals: 0, scale: 0}], [3600000, 5, {decimals: 0, scale: 0}], [2500000, 6, {decimals: 0, scale: 0}]]);
    const table = site.charts.get("tram-lines")!.table;
    expect(table.rows[0]!.map((cell) => cell.text)).toEqual(["Red", "4,300,000", "Riverside Statistics Office", "Line 4 of riverside-stats.csv: Line=Red"]);
    expect(table.rows[0]![3]!.href).toBe("/sources/riverside-stats/#row-4");
  });

  for (const [mistake, change, expected] of cases) {
    it(`${mistake} is reported with its file, line and column`, () => {
      const problems = problemsAfter(`dataset-${mistake.replace(/\W+/g, "-")}`, change);
      expect(problems.some((line) => line.startsWith(expected)), problems.join("\n")).toBe(true);
    });
  }

  it("a column the .json describes must be one the dataset has", () => {
    const problems = problemsAfter("dataset-meta", (t) => t.replace('"journeys": {', '"journey": {'), "data/datasets/transit-journeys.json");
    expect(problems).toContain('data/datasets/transit-journeys.json:3:15  there is no column "journey" in data/datasets/transit-journeys.csv  (did you mean "journeys"? The columns are: year, mode, journeys)');
  });
});

describe("a data file's header row", () => {
  it("is found below a title and notes, as new:source registers it", async () => {
    const {guessHeaderRow} = await import("../../src/sources/rawTable.ts");
    expect(guessHeaderRow('"Title of the table"\n"In thousands"\nA,B,C\n1,2,3\n4,5,6\n')).toBe(3);
    expect(guessHeaderRow("A,B\n1,2\n")).toBe(1);
  });
});
