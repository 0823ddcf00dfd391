import {execFileSync} from "node:child_process";
import {cpSync, rmSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {loadSite, type Site} from "../../src/site.ts";
import {copyContent} from "../helpers/project.ts";
import {siteView as view} from "../helpers/siteView.ts";

/** The same content loaded from a folder this process has never loaded (no earlier load to reuse). */
function freshLoad(dir: string): Site {
  const copy = `${dir}-fresh`;
  rmSync(copy, {recursive: true, force: true});
  // Without the results kept on disk (.astro/results): a fresh load makes everything again.
  cpSync(dir, copy, {recursive: true, filter: (path) => !path.startsWith(join(dir, ".astro"))});
  return loadSite(copy);
}

describe("loading the site again after one file changed (the dev server's reload)", () => {
  it("checks and builds again only what read the changed dataset, and gives exactly what a fresh load gives", () => {
    const {dir, edit} = copyContent("reload-dataset");
    const first = loadSite(dir);
    expect(first.problems).toEqual([]);
    const reading = [...first.data.chartSpecs.values()].filter((spec) => spec.fields.data === "bus-fares").map((spec) => spec.id);
    expect(reading.length).toBeGreaterThan(0);

    // A value the quote does not state: the dataset is checked again and its charts wait for it.
    edit("data/datasets/bus-fares.csv", (text) => text.replace("2022,1.90,", "2022,1.905,"));
    const broken = loadSite(dir);
    expect(broken.problems.map((p) => `${p.file}:${p.line}`)).toContain("data/datasets/bus-fares.csv:5");
    for (const id of reading) expect(broken.charts.has(id)).toBe(false);
    // Every other chart is the very model of the first load: not built again.
    for (const [id, model] of broken.charts) expect(model, id).toBe(first.charts.get(id));
    expect(view(broken)).toBe(view(freshLoad(dir)));

    // Put right, the site is as it was.
    edit("data/datasets/bus-fares.csv", (text) => text.replace("2022,1.905,", "2022,1.90,"));
    const mended = loadSite(dir);
    expect(mended.problems).toEqual([]);
    expect(view(mended)).toBe(view(first));
  });

  it("renders again only the story whose file changed, and a source's change reaches what quotes it", () => {
    const {dir, edit} = copyContent("reload-story");
    const first = loadSite(dir);
    const [changed, ...others] = first.stories;
    edit(changed!.file, (text) => `${text.trimEnd()}\n\nA sentence added in the editor.\n`);
    const second = loadSite(dir);
    expect(second.stories.find((story) => story.slug === changed!.slug)!.html).toContain("A sentence added in the editor.");
    for (const story of others) expect(second.stories.find((s) => s.slug === story.slug), story.slug).toBe(story);
    expect(view(second)).toBe(view(freshLoad(dir)));

    // A seed file edited by hand no longer matches its registered hash: everything citing it is stopped, as in a fresh load.
    const source = [...first.data.sources.values()].find((s) => !s.table)!;
    edit(`seeds/${source.file}`, (text) => `${text} `);
    const third = loadSite(dir);
    expect(third.problems.some((p) => p.message.includes(`seeds/${source.file} has changed since it was registered`))).toBe(true);
    expect(view(third)).toBe(view(freshLoad(dir)));
  });

  it("sees an edit that keeps the file's size and modification time (a copy that preserves times), while another file changes too", () => {
    const {dir, edit} = copyContent("reload-same-stamp");
    const file = join(dir, "data/datasets/bus-fares.csv");
    expect(loadSite(dir).problems).toEqual([]);
    // touch -r: the exact old time, to the nanosecond, as cp -p, rsync -t or unzip keep it.
    const {size, mtimeMs} = statSync(file);
    execFileSync("cp", ["-p", file, `${file}.times`]);
    edit("data/datasets/bus-fares.csv", (text) => text.replace("2018,1.60,", "2018,1.65,"));
    execFileSync("touch", ["-r", `${file}.times`, file]);
    rmSync(`${file}.times`);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([size, mtimeMs]);
    edit("content/casey-review.md", (text) => `${text}\n`);
    const reloaded = loadSite(dir);
    expect(reloaded.problems.map((p) => `${p.file}:${p.line}`)).toContain("data/datasets/bus-fares.csv:3");
    expect(view(reloaded)).toBe(view(freshLoad(dir)));
  });

  it("a chart whose words print a figure whose row is broken waits for it, with the row's problem, instead of failing", () => {
    const {dir, edit} = copyContent("reload-broken-word-figure");
    // A note that prints a figure the chart does not otherwise read.
    edit("data/charts/tram-lines.json", (text) => text.replace('"notes": []', '"notes": ["Fares stayed under {fig:fare-promise}."]'));
    expect(loadSite(dir).charts.has("tram-lines")).toBe(true);
    edit("data/facts/fare-promises.csv", (text) => text.replace(",GBP,test-transit,", ",pounds please,test-transit,"));
    const broken = loadSite(dir);
    expect(broken.problems.some((p) => p.file === "data/facts/fare-promises.csv")).toBe(true);
    expect(broken.charts.has("tram-lines")).toBe(false);
    expect(view(broken)).toBe(view(freshLoad(dir)));
  });
});
