import {describe, expect, it} from "vitest";
import {Problems, formatProblem} from "../../src/lib/problem.ts";
import {renderMarkdown} from "../../src/markdown/renderMarkdown.ts";
import {storyContext} from "../../src/remark/context.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const {data, charts} = fixtureSite();

function render(markdown: string) {
  const context = storyContext("content/test.md", data, charts, new Problems());
  const html = renderMarkdown(markdown, context);
  return {html, problems: context.problems.list.map(formatProblem), context};
}

describe("directives", () => {
  it("::chart{#id} places the chart as a complete figure: title, SVG in two layouts, description, notes, source line, data table", () => {
    const {html, problems, context} = render("Intro.\n\n::chart{#workforce-demographics}\n");
    expect(problems).toEqual([]);
    expect(context.charts).toEqual(["workforce-demographics"]);
    expect(html).toMatch(/<figure class="chart" id="chart-workforce-demographics" aria-labelledby="chart-workforce-demographics-title"/);
    expect(html.match(/<svg /g)).toHaveLength(4);
    for (const part of ["chart-title", "chart-subtitle", "chart-wide", "chart-narrow", "chart-description", "chart-notes", "chart-source", "<details class=\"chart-data\"", "<table>", "<th scope=\"col\">Quote</th>"]) expect(html).toContain(part);
  });

  it("an unknown chart id names the line, the column and the charts there are", () => {
    expect(render("Text.\n\n::chart{#workforce-demographic}\n").problems).toEqual([
      `content/test.md:3:1  there is no chart "workforce-demographic"  (did you mean "workforce-demographics"? The charts are: ${[...data.chartSpecs.keys()].join(", ")})`,
    ]);
  });

  it("a figure reference to a missing row names the line and column", () => {
    expect(render("The force is :fig{#met-whte-share} white.\n").problems).toEqual([
      'content/test.md:1:14  there is no figure "met-whte-share" in data/  (did you mean "met-white-share"? Write :fig{#met-white-share})',
    ]);
  });

  it(":fig{data=… key=…} cites a dataset cell: printed as its row's quote writes it, with a note quoting the row's source", () => {
    const {html, problems, context} = render("Buses carried :fig{data=transit-journeys year=2024 mode=Buses} journeys.\n");
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="#fig-transit-journeys-2024-buses-journeys" class="fig" id="ref-transit-journeys-2024-buses-journeys-1">35.8 million</a>');
    const figure = [...context.cited.values()][0]!.figure;
    expect(figure.kind === "fact" && [figure.source, figure.quote]).toEqual(["test-transit", "35.8 million in 2024"]);
  });

  it("a dataset citation that names no row, or an unknown dataset, is reported where it is", () => {
    expect(render("X :fig{data=transit-journeys year=2024}.\n").problems).toEqual(["content/test.md:1:3  the figure does not say which row of data/datasets/transit-journeys.csv  (name the row by year=… mode=…)"]);
    expect(render("X :fig{data=transit-journeys year=2023 mode=Buses}.\n").problems).toEqual(["content/test.md:1:3  data/datasets/transit-journeys.csv has no row with year 2023 and mode Buses  (use values that are in its year and mode columns)"]);
    expect(render("X :fig{data=transit-journey year=2024 mode=Buses}.\n").problems).toEqual(['content/test.md:1:3  there is no dataset "transit-journey" in data/datasets/  (did you mean "transit-journeys"?)']);
  });

  it("a quote that is not in its source is reported where it is", () => {
    expect(render("Casey called it :quote[rigorous and stark]{source=cnn-2023}.\n").problems).toEqual([
      'content/test.md:1:17  the quote "rigorous and stark" is not in CNN (cnn-2023)  (copy the words exactly from seeds/000_28072657a40d7641.txt, or cite the source that says it)',
    ]);
  });

  it("a directive in the wrong form, or unknown, is reported; text that only looks like one is kept", () => {
    expect(render(":chart{#workforce-demographics}\n").problems).toEqual(["content/test.md:1:1  :chart is written in the wrong form here  (write ::chart{#id} on a line of its own)"]);
    expect(render("::map{#london}\n").problems[0]).toMatch(/^content\/test\.md:1:1 {2}unknown directive ::map {2}\(use :fig\{#id\}/);
    const {html, problems} = render("At 10:30, a ratio of 3:a, and note:this.\n");
    expect(problems).toEqual([]);
    expect(html).toBe("<p>At 10:30, a ratio of 3:a, and note:this.</p>");
  });
});
