import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {resultsFolder} from "../../src/lib/resultMemo.ts";
import {freshLoadInNewProcess, loadInNewProcess} from "../helpers/newProcess.ts";
import {copyContent} from "../helpers/project.ts";

/** Every kept result, by what it is the result of (the file, as its first line says), with the inode of its file: a result made again is a new file. */
function keptResults(dir: string): Map<string, number> {
  const kept = new Map<string, number>();
  const folder = join(dir, resultsFolder);
  for (const name of readdirSync(folder, {recursive: true, encoding: "utf8"})) {
    const path = join(folder, name);
    if (!name.endsWith(".json") || statSync(path).isDirectory()) continue;
    const head = JSON.parse(readFileSync(path, "utf8").split("\n", 1)[0]!) as {id: string};
    kept.set(head.id.slice(dir.length + 1), statSync(path).ino);
  }
  return kept;
}

/** The kept results a later load made again. */
const madeAgain = (before: Map<string, number>, after: Map<string, number>) => [...after].filter(([id, ino]) => before.get(id) !== ino).map(([id]) => id).sort();

describe("results kept on disk between processes (.astro/results)", () => {
  it("a later process reuses every kept result and gives exactly what a fresh load gives; an edit makes again only what read the edited file", () => {
    const {dir, edit} = copyContent("results-memo");
    const first = loadInNewProcess(dir);
    const kept = keptResults(dir);
    const stories = readdirSync(join(dir, "content")).filter((name) => name.endsWith(".md")).map((name) => `content/${name}`);
    const datasets = readdirSync(join(dir, "data/datasets")).filter((name) => name.endsWith(".csv")).map((name) => `data/datasets/${name}`);
    expect([...kept.keys()].sort()).toEqual([...stories, ...datasets].sort());

    // Nothing changed: nothing is made again, and the pages are the same.
    expect(loadInNewProcess(dir)).toBe(first);
    expect(madeAgain(kept, keptResults(dir))).toEqual([]);
    expect(first).toBe(freshLoadInNewProcess(dir));

    // A value its quote does not state: that dataset is checked again, and the stories that place a chart of it are rendered again.
    edit("data/datasets/bus-fares.csv", (text) => text.replace("2018,1.60,", "2018,1.65,"));
    const charts = readdirSync(join(dir, "data/charts")).filter((name) => readFileSync(join(dir, "data/charts", name), "utf8").includes('"data": "bus-fares"')).map((name) => name.replace(/\.json$/, ""));
    const placing = stories.filter((story) => charts.some((id) => readFileSync(join(dir, story), "utf8").includes(`::chart{#${id}}`)));
    const corrected = loadInNewProcess(dir);
    expect(corrected).toContain("data/datasets/bus-fares.csv");
    expect(madeAgain(kept, keptResults(dir))).toEqual(["data/datasets/bus-fares.csv", ...placing].sort());
    expect(corrected).toBe(freshLoadInNewProcess(dir));

    // One story edited: only it is rendered again.
    const before = keptResults(dir);
    edit(stories[0]!, (text) => `${text.trimEnd()}\n\nA sentence added in the editor.\n`);
    const edited = loadInNewProcess(dir);
    expect(edited).toContain("A sentence added in the editor.");
    expect(madeAgain(before, keptResults(dir))).toEqual([stories[0]]);
    expect(edited).toBe(freshLoadInNewProcess(dir));
  }, 60_000);

  it("a source's change reaches every kept result that read it, in a later process as in a fresh load", () => {
    const {dir, edit} = copyContent("results-memo-source");
    loadInNewProcess(dir);
    const kept = keptResults(dir);
    // A seed edited by hand no longer matches its registered hash: everything citing it is stopped.
    const registry = JSON.parse(readFileSync(join(dir, "data/sources.json"), "utf8")) as {id: string; file: string}[];
    const quoted = registry.find((source) => readdirSync(join(dir, "data/datasets")).some((name) => readFileSync(join(dir, "data/datasets", name), "utf8").includes(`,${source.id},`)))!;
    edit(`seeds/${quoted.file}`, (text) => `${text} `);
    const changed = loadInNewProcess(dir);
    expect(changed).toContain(`seeds/${quoted.file} has changed since it was registered`);
    expect(madeAgain(kept, keptResults(dir)).length).toBeGreaterThan(0);
    expect(changed).toBe(freshLoadInNewProcess(dir));
  }, 60_000);

  it("a kept result that is damaged, or was made by other code or under other settings, is made again, never served", () => {
    const {dir, edit} = copyContent("results-memo-damaged");
    const first = loadInNewProcess(dir);
    const folder = join(dir, resultsFolder);
    const files = readdirSync(folder, {recursive: true, encoding: "utf8"}).filter((name) => name.endsWith(".json")).map((name) => join(folder, name));
    const spoil = [
      // A word of the result changed: its checksum no longer matches.
      (text: string) => text.replace(/(\n[\s\S]*?)"([a-z]{4,})"/, '$1"$2x"'),
      // Made by other code (its key differs).
      (text: string) => text.replace(/"key":"/, '"key":"other code '),
      // Half a file.
      (text: string) => text.slice(0, text.length / 2),
      // Not JSON at all.
      () => "<html>not a result</html>",
    ];
    const before = keptResults(dir);
    for (const [index, file] of files.entries()) writeFileSync(file, spoil[index % spoil.length]!(readFileSync(file, "utf8")));
    expect(loadInNewProcess(dir)).toBe(first);
    // Every spoiled entry was made again (a new file), none served.
    expect(madeAgain(before, keptResults(dir)).length).toBe(files.length);

    // Another address (a preview under a sub-folder): the stories' links and the charts' drawings change with it.
    const elsewhere = {SITE_URL: "https://news.example", SITE_BASE: "/elsewhere/"};
    const moved = loadInNewProcess(dir, {env: elsewhere});
    expect(moved).toContain('href=\\"/elsewhere/');
    expect(moved).toBe(freshLoadInNewProcess(dir, {env: elsewhere}));

    // Other settings (the site's locale): every result is made again, as a fresh load makes it.
    const again = keptResults(dir);
    edit("data/site.json", (text) => text.replace(/"locale": "[^"]+"/, '"locale": "en-US"'));
    const otherSettings = loadInNewProcess(dir);
    expect(madeAgain(again, keptResults(dir)).length).toBe(again.size);
    expect(otherSettings).toBe(freshLoadInNewProcess(dir));
  }, 60_000);
});
