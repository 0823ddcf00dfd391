import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse} from "../helpers/dist.ts";
import {copyProject, npmRun} from "../helpers/project.ts";

// "Start your own site", as the README says: the first site's content removed
// entirely, a small site on another subject put in its place, its charts
// written only as specs over datasets. (The article is test input written for this test.)
const article = `Harbour ferries carried 2.4 million passengers in 2019, 1.1 million in 2020, 1.9 million in 2022 and 2.6 million in 2024.
Of last year's 2.6 million passengers, 1.3 million were commuters, 0.8 million were visitors and 0.5 million were school pupils.
`;
const journeys = `year,passengers,source,quote
2019,2400000,harbour-2025,ferries carried 2.4 million passengers in 2019
2020,1100000,harbour-2025,1.1 million in 2020
2022,1900000,harbour-2025,1.9 million in 2022
2024,2600000,harbour-2025,2.6 million in 2024
`;
const riders = `group,passengers,source,quote
Commuters,1300000,harbour-2025,1.3 million were commuters
Visitors,800000,harbour-2025,0.8 million were visitors
School pupils,500000,harbour-2025,0.5 million were school pupils
`;
const story = `---
title: The ferries are busier than before the pandemic
dek: Passengers fell by half in 2020 and have since passed their old level.
published: 2026-11-20
sources: [harbour-2025]
---

Harbour ferries carried :fig{data=ferry-passengers year=2024} passengers last year, up from :fig{data=ferry-passengers year=2019} in 2019.

::chart{#ferry-passengers}

::chart{#ferry-riders}
`;

describe("a site of one's own, with the first site's content gone", () => {
  it("checks, builds and shows a line and a stacked-bars chart written only as specs, with descriptions, tables, downloads and embeds", () => {
    const project = copyProject("own-site");
    for (const folder of ["content", "seeds", "data/facts", "data/timelines", "data/charts"]) {
      for (const name of readdirSync(join(project.dir, folder))) rmSync(join(project.dir, folder, name), {recursive: true});
    }
    rmSync(join(project.dir, "data/derived.csv"));
    rmSync(join(project.dir, "data/datasets"), {recursive: true, force: true});
    mkdirSync(join(project.dir, "data/datasets"));
    project.write("data/sources.json", "[]\n");
    project.edit("data/site.json", (t) => t.replace(/"name": "[^"]*"/, '"name": "Harbour Desk"').replace(/"credit": "[^"]*"/, '"credit": "Chart: Harbour Desk"'));
    project.write("seeds/harbour.txt", article);
    expect(npmRun(project.dir, "new:source", "seeds/harbour.txt", "harbour-2025").status).toBe(0);
    project.edit("data/sources.json", (t) =>
      t.replace('"outlet": "",', '"outlet": "Harbour Herald",').replace('"outletNote": "",', '"outletNote": "Test input.",').replace('"title": "",', '"title": "Ferry passengers",')
        .replace('"from": "",', '"from": "2025",').replace('"to": "",', '"to": "2025",').replace('"reasoning": ""', '"reasoning": "Test input."').replace('"covers": ""', '"covers": "Ferry passengers."'));
    project.write("data/datasets/ferry-passengers.csv", journeys);
    project.write("data/datasets/ferry-riders.csv", riders);
    project.write("data/charts/ferry-passengers.json", JSON.stringify({type: "line", data: "ferry-passengers", x: "year", y: "passengers", title: "Ferries are busier than in 2019", subtitle: "Passengers a year."}));
    project.write("data/charts/ferry-riders.json", JSON.stringify({type: "stacked-bars", data: "ferry-riders", x: "passengers", series: "group", title: "Half the passengers are commuters", subtitle: "Passengers in 2024, by group."}));
    project.write("content/ferries.md", story);

    const check = npmRun(project.dir, "check");
    expect(check.status, check.output).toBe(0);
    const build = npmRun(project.dir, "build");
    expect(build.status, build.output).toBe(0);

    const read = (path: string) => readFileSync(join(project.dir, "dist", path), "utf8");
    const page = parse(read("ferries/index.html"));
    expect(page.querySelector(".story-body p")!.textContent).toBe("Harbour ferries carried 2.6 million passengers last year, up from 2.4 million in 2019.");
    for (const id of ["ferry-passengers", "ferry-riders"]) {
      const figure = page.getElementById(`chart-${id}`)!;
      expect(figure.querySelectorAll("svg.chart-svg").length, id).toBe(2);
      expect(figure.querySelectorAll("details.chart-data tbody tr").length, id).toBe(id === "ferry-passengers" ? 4 : 3);
      expect(figure.querySelector("tbody a[href*='/sources/harbour-2025/#q-']"), id).not.toBeNull();
      for (const format of ["csv", "svg", "png"]) expect(existsSync(join(project.dir, "dist/downloads", `${id}.${format}`)), `${id}.${format}`).toBe(true);
      expect(read(`embed/${id}/index.html`)).toContain("Chart: Harbour Desk");
    }
    expect(page.getElementById("chart-ferry-passengers-desc")!.textContent).toBe("Line chart of passengers by year, 2019 to 2024. 2.4 million in 2019, 2.6 million in 2024.");
    expect(page.getElementById("chart-ferry-riders-desc")!.textContent).toBe("Stacked bar chart of passengers by group. Commuters: 1.3 million (50%), Visitors: 0.8 million (31%), School pupils: 0.5 million (19%); total 2.6 million.");
    expect(read("downloads/ferry-riders.csv")).toContain("Commuters,1.3 million");
  });
});
