import {describe, expect, it} from "vitest";
import {scaleUtc} from "d3";
import {dateLabel, span, timeAxis} from "../../src/charts/types/timeline.ts";
import {wrapText} from "../../src/charts/wrapText.ts";
import {renderChart} from "../../src/render/renderChart.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";

const {data, charts} = fixtureSite();
const spec = (id: string) => charts.get(id)!;

describe("charts", () => {
  it("each chart's description is generated from its data and states its key numbers", () => {
    expect(spec("workforce-demographics").description).toContain("Who the force is: Bar chart of 2 figures, each out of 100. White: 82%. Male: 71%.");
    expect(spec("workforce-demographics").description).toContain("22% to 47%");
    expect(spec("complaint-outcomes").description).toMatch(/^1,809 people with more than one complaint; 13 dismissed \(0\.72%\): Unit chart of 1,809 squares, one for each officer or staff member with more than one complaint against them; 13 squares, 0\.72%, are marked as dismissed\./);
    expect(spec("complaint-outcomes").description).toContain("Black officers: face disciplinary action: 81% more likely.");
    expect(spec("scandal-timeline").description).toMatch(/^Timeline of 12 events from 1999 to 2023 \(date inferred\)\./);
  });

  it("each chart's table has a row per figure with its source and quote", () => {
    const table = spec("workforce-demographics").table;
    expect(table.columns).toEqual(["Measure", "Figure", "Source", "Quote"]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.map((c) => c.text)).toEqual(["Share of the force who are white", "82%", "CNN", "“The force is still largely white (82%) and male (71%)”"]);
    expect(table.rows[0]![3]!.href).toMatch(/^\/sources\/cnn-2023\/#q-[0-9a-f]{8}$/);
  });

  it("a chart's words come from data/charts/, with {fig:id} printed from the figures", () => {
    expect(spec("complaint-outcomes").title).toBe("Of 1,809 officers and staff with repeated complaints against them, 13 were dismissed");
    expect(spec("complaint-outcomes").notes).toContain("Rowley said the Met fires between 30 and 50 officers and staff each year.");
  });

  it("the complaint chart says openly that the printed share differs from the computed one", () => {
    expect(spec("complaint-outcomes").notes.join(" ")).toContain("but the source prints 0.71%");
  });

  it("dateLabel(event) shows a date only as precisely as the source gives it", () => {
    const events = data.timelines.get("met-scandals")!;
    const label = (id: string) => dateLabel(events.find((e) => e.id === id)!, "en-GB");
    expect(label("macpherson")).toBe("1999");
    expect(label("everard")).toBe("Mar 2021");
    expect(label("carrick-accusations")).toBe("2000–2021");
    expect(label("interim-letter")).toBe("Oct 2022 (date inferred)");
    expect(dateLabel(events.find((e) => e.id === "everard")!, "de-DE")).toBe("März 2021");
  });

  it("span(event) covers the whole year or month a date stands for", () => {
    const events = data.timelines.get("met-scandals")!;
    const iso = (id: string) => span(events.find((e) => e.id === id)!).map((d) => d.toISOString().slice(0, 10));
    expect(iso("macpherson")).toEqual(["1999-01-01", "2000-01-01"]);
    expect(iso("everard")).toEqual(["2021-03-01", "2021-04-01"]);
    expect(iso("carrick-accusations")).toEqual(["2000-01-01", "2022-01-01"]);
  });

  it("timeline events are in time order by the middle of their span: March 2021 comes before events dated only 2021", () => {
    const ids = data.timelines.get("met-scandals")!.map((e) => e.id);
    expect(ids.indexOf("everard")).toBeLessThan(ids.indexOf("carrick-arrested"));
    expect(ids.indexOf("carrick-admits")).toBeLessThan(ids.indexOf("final-report"));
    expect(ids[0]).toBe("macpherson");
  });

  it("timeAxis(events, width) compresses the quiet early years and marks the break", () => {
    const axis = timeAxis(data.timelines.get("met-scandals")!, 680);
    expect(axis.breakAt?.toISOString().slice(0, 4)).toBe("2020");
    expect(axis.ticks.map((t) => t.getUTCFullYear())).toEqual([1999, 2005, 2010, 2015, 2020, 2021, 2022, 2023]);
  });

  it("every timeline event links to the source that dates it", () => {
    for (const row of spec("scandal-timeline").table.rows) expect(row[3]!.href).toMatch(/^\/sources\/[a-z0-9-]+\/#q-[0-9a-f]{8}$/);
  });

  it("wrapText(text, width, size) breaks on words and never exceeds the width estimate", () => {
    const lines = wrapText("Officers who had experienced unwanted sexual displays or touching, sexism and misogyny", 200, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Officers who had experienced unwanted sexual displays or touching, sexism and misogyny");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (13 * 0.56)));
  });

  it("wrapText breaks a word longer than a line (a pasted address) into pieces that fit", () => {
    const word = "x".repeat(2000);
    const lines = wrapText(`see ${word} here`, 200, 13);
    expect(lines.join("").replace(/\s/g, "")).toBe(`see${word}here`);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (13 * 0.56)));
  });
});

describe("bars", () => {
  it("bars over a list of figures: one bar each, in order, the highlighted one in the accent colour, described from the data", () => {
    const model = spec("review-counts");
    expect(model.title).toBe("The final report ran to 363 pages and made 16 recommendations");
    expect(model.description).toBe("Bar chart of 3 figures. Pages in the final report: 363. Recommendations in the final report: 16. Areas of concern in Casey's interim letter: 8.");
    expect(model.table.rows.map((row) => row[1]!.text)).toEqual(["363", "16", "8"]);
  });

  it("bars over a file of figures: a bar per row; shares of 100 are drawn against a track to 100", () => {
    const model = spec("workforce-shares");
    expect(model.table.rows).toHaveLength(4);
    expect(model.description).toMatch(/^Bar chart of 4 figures, each out of 100\. Share of the force who are white: 82%\./);
  });
});

describe("timeAxis", () => {
  const event = (id: string, date: string) => ({id, title: id, date, precision: "year" as const, basis: "stated" as const, citations: []});
  it("timeAxis(events, width) never puts two year labels closer than a label's width, nor one past the edge, at any width", () => {
    const sets = [
      [event("a", "2009"), event("b", "2023"), event("c", "2024-03"), event("d", "2025-09")],
      Array.from({length: 17}, (_, i) => event(`y${i}`, String(2009 + i))),
      [event("a", "1999"), event("b", "2021"), event("c", "2022"), event("d", "2023")],
    ];
    for (const events of sets) {
      for (const width of [340, 680]) {
        const axis = timeAxis(events, width);
        const position = scaleUtc(axis.x.domain, axis.x.range);
        const at = axis.ticks.map((tick) => position(tick));
        expect(at.length, `${events.length} events at ${width}`).toBeGreaterThanOrEqual(2);
        at.slice(1).forEach((x, i) => expect(x - at[i]!, `${axis.ticks.map((t) => t.getUTCFullYear())} at ${width}`).toBeGreaterThanOrEqual(40));
        expect(at.at(-1)! + 32).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe("dataset charts", () => {
  it("line: one line per series, described with each series' first, last and highest values as the quotes write them", () => {
    const model = spec("transit-journeys");
    expect(model.description).toBe("Line chart of journeys by year, 2015 to 2024, one line for each mode. Buses: 30.1 million in 2015, 35.8 million in 2024. Trams: 8.2 million in 2015, 10.4 million in 2024. Note at 2020 (Buses): Both modes dipped in 2020.");
    expect(model.table.columns).toEqual(["Year", "Mode", "Journeys", "Source", "Quote"]);
    expect(model.table.rows.find((row) => row[0]!.text === "2018" && row[1]!.text === "Trams")!.map((c) => c.text).slice(0, 3)).toEqual(["2018", "Trams", "9.0 million"]);
    expect(model.citations).toHaveLength(8);
  });

  it("stacked-bars: each part with its value and share of the whole, and the total at its parts' precision", () => {
    const model = spec("bus-tickets");
    expect(model.description).toBe("Stacked bar chart of journeys by ticket. Day pass: 14.2 million (40%), Single ticket: 12.1 million (34%), Free travel: 9.5 million (26%); total 35.8 million.");
    expect(model.table.rows.map((row) => row[1]!.text)).toEqual(["14.2 million", "12.1 million", "9.5 million"]);
  });

  it("columns: one column per year, described with every value, the highest and lowest, and its reference line and note", () => {
    const model = spec("bus-fares");
    expect(model.description).toBe("Column chart of fare by year, 5 columns. 2015: £1.50; 2018: £1.60; 2020: £1.70; 2022: £1.90; 2024: £2.00. Highest: 2024, £2.00; lowest: 2015, £1.50. Dashed line: Promised ceiling: £1.80. Note at 2022: First fare over the promised £1.80.");
    expect(model.table.rows.map((row) => row[1]!.text)).toEqual(["£1.50", "£1.60", "£1.70", "£1.90", "£2.00"]);
  });

  it("grouped-bars: a group per category, largest first when sorted, every bar named with its series and value", () => {
    const model = spec("journeys-by-mode");
    expect(model.description).toBe("Grouped bar chart of journeys, one group for each mode and one bar for each year. Buses: 2015: 30.1 million, 2018: 32.4 million, 2020: 28.9 million, 2024: 35.8 million. Trams: 2015: 8.2 million, 2018: 9.0 million, 2020: 6.1 million, 2024: 10.4 million.");
    expect(model.table.columns).toEqual(["Mode", "Year", "Journeys", "Source", "Quote"]);
  });

  it("dots: a row per category with each state's value in words", () => {
    expect(spec("journeys-change").description).toBe("Dot chart of journeys for each mode, one dot for each year (2015, 2018, 2020, 2024). Buses: 30.1 million in 2015, 32.4 million in 2018, 28.9 million in 2020, 35.8 million in 2024. Trams: 8.2 million in 2015, 9.0 million in 2018, 6.1 million in 2020, 10.4 million in 2024.");
  });

  it("table: rows sorted by the first number column, numbers as the quotes write them", () => {
    const model = spec("journeys-table");
    expect(model.table.rows.map((row) => row[2]!.text)).toEqual(["35.8 million", "32.4 million", "30.1 million", "28.9 million", "10.4 million", "9.0 million", "8.2 million", "6.1 million"]);
    expect(model.description).toMatch(/^Table of 8 rows with the columns year, mode, journeys, sorted by journeys, descending\. 2024, Buses, 35\.8 million\./);
  });

  it("bars over a dataset: one bar per row, sorted as the spec asks", () => {
    const model = spec("ticket-bars");
    expect(model.description).toBe("Bar chart of journeys by ticket, 3 bars. Free travel: 9.5 million. Single ticket: 12.1 million. Day pass: 14.2 million.");
    expect(model.table.rows.map((row) => row[0]!.text)).toEqual(["Free travel", "Single ticket", "Day pass"]);
  });

  it("waffle: one shape per colour however many units (a pattern), not one element per square", () => {
    const [waffle] = renderChart(spec("complaint-outcomes"));
    const squares = [...waffle!.narrow.matchAll(/<(rect|path)\b/g)].length;
    expect(squares).toBeLessThan(12);
  });
});
