import {describe, expect, it} from "vitest";
import {formatProblem} from "../../src/lib/problem.ts";
import {loadSite} from "../../src/site.ts";
import {copyProject} from "../helpers/project.ts";

/** The problems a copy of the fixture reports once `file` is written as `text`. */
function problemsWith(name: string, file: string, text: string): string[] {
  const project = copyProject(name);
  project.write(file, text);
  return loadSite(project.dir).problems.map(formatProblem);
}

const spec = (fields: Record<string, unknown>) => `${JSON.stringify({title: "A title", subtitle: "A subtitle.", ...fields}, null, 2)}\n`;

// Each row: a mistake in a chart spec, and the line an editor should see.
const cases: [string, string, string][] = [
  ["an unknown type, with a suggestion and the list of types", spec({type: "bar", figures: "review"}), 'data/charts/new-chart.json:4:3  unknown chart type "bar"  (did you mean "bars"? The types are: bars (one labelled bar per figure or dataset row, ranges as bands)'],
  ["no type at all", spec({figures: "review"}), "data/charts/new-chart.json:1:1  the chart has no type  (add \"type\" with one of: bars"],
  ["a field its type does not have", spec({type: "bars", figures: "review", colour: "red"}), 'data/charts/new-chart.json:6:3  unknown field "colour"  (remove it, or use one of: type, title, subtitle, notes, figures, data, x, y, highlight, sort, suffix)'],
  ["a field of the wrong kind", spec({type: "bars", figures: 12}), "data/charts/new-chart.json:5:3  figures is not valid"],
  ["a file of figures that does not exist", spec({type: "bars", figures: "no-such-file"}), "data/charts/new-chart.json:5  the chart needs at least one figure in data/facts/no-such-file.csv, which data/ does not have"],
  ["a figure that does not exist", spec({type: "bars", figures: ["report-pages", "report-page"]}), 'data/charts/new-chart.json:5  the chart needs the figure "report-page", which data/ does not have'],
  ["figures in different units on one scale", spec({type: "bars", figures: "review"}), "data/charts/new-chart.json:5  the bars mix units (count, GBP"],
  ["a highlight that is not one of the bars", spec({type: "bars", figures: ["report-pages"], highlight: ["recommendations"]}), 'data/charts/new-chart.json:8  highlight names "recommendations", which is not one of the chart\'s figures'],
  ["a timeline that does not exist", spec({type: "timeline", timeline: "elections"}), "data/charts/new-chart.json:5  the chart needs the timeline data/timelines/elections.csv, which data/ does not have"],
];

describe("chart specs in data/charts/", () => {
  for (const [mistake, text, expected] of cases) {
    it(`${mistake} is reported with its file, line and fix`, () => {
      const problems = problemsWith(mistake.replace(/\W+/g, "-"), "data/charts/new-chart.json", text);
      expect(problems.some((line) => line.startsWith(expected)), problems.join("\n")).toBe(true);
    });
  }
});

describe("dataset chart specs", () => {
  const lineSpec = (fields: Record<string, unknown>) => spec({type: "line", data: "transit-journeys", x: "year", y: "journeys", series: "mode", ...fields});
  const datasetCases: [string, string, string][] = [
    ["a dataset that does not exist", lineSpec({data: "bus-journey"}), "data/charts/new-chart.json:5  the chart needs the dataset data/datasets/bus-journey.csv, which data/ does not have"],
    ["a column the dataset lacks, with the columns it has", lineSpec({y: "journey"}), 'data/charts/new-chart.json:7  y names "journey", which is not a column of data/datasets/transit-journeys.csv  (use one of its columns: year (date), mode (text), journeys (number))'],
    ["a column of the wrong kind", lineSpec({y: "mode"}), 'data/charts/new-chart.json:7  y "mode" is a text column; y needs number  (use one of: journeys)'],
    ["a highlight that is not a series", lineSpec({highlight: ["Ferries"]}), 'data/charts/new-chart.json:9  highlight names "Ferries", which is not a series of the chart'],
    ["an annotation on a point the chart lacks", lineSpec({annotations: [{x: "2019", text: "Before"}]}), 'data/charts/new-chart.json:11  annotation x "2019" is not a point of the chart  (use one of: 2015, 2018, 2020, 2024)'],
    ["a reference line in another unit", lineSpec({references: [{figure: "fare-promise", label: "Promise"}]}), 'data/charts/new-chart.json:11  reference "fare-promise" is in currency, the chart\'s values in count'],
    ["columns over a column with repeated values", spec({type: "columns", data: "transit-journeys", x: "year", y: "journeys"}), 'data/charts/new-chart.json:6  "2015" appears in more than one row of the year column'],
    ["sorting columns over time", spec({type: "columns", data: "bus-fares", x: "year", y: "fare", sort: "descending"}), "data/charts/new-chart.json:8  sort reorders columns, but year is ordered (date)"],
    ["grouped bars with a value column of text", spec({type: "grouped-bars", data: "transit-journeys", x: "mode", y: "year", series: "mode"}), 'data/charts/new-chart.json:6  x "mode" is a text column; x needs number  (use one of: journeys)'],
    ["dots with a highlight that is not a row", spec({type: "dots", data: "transit-journeys", x: "journeys", y: "mode", series: "year", highlight: ["Ferries"]}), 'data/charts/new-chart.json:9  highlight names "Ferries", which is not in the mode column'],
    ["a table column the dataset lacks", spec({type: "table", data: "transit-journeys", columns: ["year", "fare"]}), 'data/charts/new-chart.json:8  columns names "fare", which is not a column of data/datasets/transit-journeys.csv'],
    ["bars with both figures and data", spec({type: "bars", figures: "review", data: "bus-tickets", x: "journeys", y: "ticket"}), "data/charts/new-chart.json:6  the chart has both figures and data"],
    ["bars over a dataset without x", spec({type: "bars", data: "bus-tickets", y: "ticket"}), 'data/charts/new-chart.json:5  bars over a dataset need "x" (the values) and "y" (the names)'],
  ];
  for (const [mistake, text, expected] of datasetCases) {
    it(`${mistake} is reported with its file, line and fix`, () => {
      const problems = problemsWith(`spec-${mistake.replace(/\W+/g, "-")}`, "data/charts/new-chart.json", text);
      expect(problems.some((line) => line.startsWith(expected)), problems.join("\n")).toBe(true);
    });
  }
});
