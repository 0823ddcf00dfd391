import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cardPath} from "../../src/cards/cardPath.ts";
import {noteCardHash} from "../../src/cards/cardVersion.ts";
import {resultsFolder} from "../../src/lib/resultMemo.ts";
import {writesDone} from "../../src/lib/writeWhole.ts";
import {embedPageKey, sourcePageKey, storyPageKey} from "../../src/render/pageKeys.ts";
import {readSite, storyWithChart, type Site} from "../../src/site.ts";
import {copyContent, editorEnv, root} from "../helpers/project.ts";

/** Every keyed page of a site, by page: stories, embeds and sources. */
function keys(site: Site, dir: string): Map<string, string | undefined> {
  return new Map([
    ...site.stories.map((story) => [`story ${story.slug}`, storyPageKey(site, story)] as const),
    ...[...site.charts.keys()].map((id) => [`embed ${id}`, embedPageKey(site, id, dir)] as const),
    ...[...site.data.sources.keys()].map((id) => [`source ${id}`, sourcePageKey(site, id)] as const),
  ]);
}

/** The pages whose keys differ: those a build renders again rather than copy from the last. */
const changed = (before: Map<string, string | undefined>, after: Map<string, string | undefined>) => [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page).sort();

/** The embed pages' keys as a new process gives them (the next build), by chart. */
function embedKeysInNewProcess(dir: string): Record<string, string> {
  const result = spawnSync(process.execPath, [join(root, "tests/helpers/embedKeysInNewProcess.ts"), dir], {encoding: "utf8", env: editorEnv()});
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Record<string, string>;
}

/** The embed figures kept on disk, each file with its inode and contents: a figure made again is a new file. */
function keptFigures(dir: string): Map<string, string> {
  const folder = join(dir, resultsFolder, "embeds");
  const files = readdirSync(folder, {recursive: true, encoding: "utf8"}).map((name) => join(folder, name)).filter((path) => path.endsWith(".json"));
  return new Map(files.map((path) => [path, `${statSync(path).ino} ${readFileSync(path, "utf8")}`]));
}

describe("page keys: a page is copied from the last build only while everything it shows is unchanged", () => {
  it("are the same for the same site, and differ between pages", () => {
    const {dir} = copyContent("page-keys-same");
    const first = keys(readSite(dir), dir);
    expect([...first.values()].every((key) => typeof key === "string")).toBe(true);
    expect(keys(readSite(dir), dir)).toEqual(first);
    expect(new Set(first.values()).size).toBe(first.size);
  });

  it("are not given at all with CHART_CACHE=off, which builds everything afresh", () => {
    const {dir} = copyContent("page-keys-off");
    process.env.CHART_CACHE = "off";
    try {
      expect(new Set(keys(readSite(dir), dir).values())).toEqual(new Set([undefined]));
    } finally {
      delete process.env.CHART_CACHE;
    }
  });

  it("an edit to a story's words changes its page's key, and no other", () => {
    const {dir, edit} = copyContent("page-keys-story");
    const site = readSite(dir);
    const before = keys(site, dir);
    const story = site.stories[0]!;
    edit(`content/${story.slug}.md`, (text) => text.replace(/^title: .*$/m, "title: A headline corrected"));
    const after = keys(readSite(dir), dir);
    // Its embeds link back to it by its headline: theirs change too.
    const linking = [...site.charts.keys()].filter((id) => storyWithChart(site, id)?.slug === story.slug).map((id) => `embed ${id}`);
    expect(changed(before, after)).toEqual([`story ${story.slug}`, ...linking].sort());
  });

  it("a source's new date changes its page and the embed pages of the charts that name it, not the others", () => {
    const {dir, edit} = copyContent("page-keys-source");
    const site = readSite(dir);
    const before = keys(site, dir);
    const chart = [...site.charts.values()].find((model) => model.citations.length)!;
    const source = site.data.sources.get(chart.citations[0]!.source)!;
    edit("data/sources.json", (text) => text.replace(`"from": "${source.date.from}"`, `"from": "${Number(source.date.from.slice(0, 4)) - 1}${source.date.from.slice(4)}"`));
    const after = keys(readSite(dir), dir);
    const naming = [...site.charts.values()].filter((model) => model.citations.some((citation) => citation.source === source.id)).map((model) => `embed ${model.id}`);
    // Stories show their sources' dates only through their charts' source lines: those that place a chart naming it change.
    const stories = site.stories.filter((story) => story.charts.some((id) => naming.includes(`embed ${id}`))).map((story) => `story ${story.slug}`);
    const result = changed(before, after);
    expect(result).toEqual(expect.arrayContaining([`source ${source.id}`, ...naming]));
    expect(result.filter((page) => page.startsWith("embed ")).sort()).toEqual(naming.sort());
    expect(result.every((page) => page === `source ${source.id}` || naming.includes(page) || stories.includes(page))).toBe(true);
  });

  it("a new card version changes the key of the page that shows it; the site's name, every page's", () => {
    const {dir, edit} = copyContent("page-keys-frame");
    const site = readSite(dir);
    const before = keys(site, dir);
    const story = site.stories[0]!;
    noteCardHash(cardPath.story(story.slug), "a".repeat(64));
    expect(changed(before, keys(readSite(dir), dir))).toEqual([`story ${story.slug}`]);
    const noted = keys(readSite(dir), dir);
    edit("data/site.json", (text) => text.replace(/"name": "[^"]*"/, '"name": "Another Desk"'));
    expect(changed(noted, keys(readSite(dir), dir))).toEqual([...noted.keys()].sort());
  });

  it("an embed page's key is the same in a later process, which takes its figure's digest from the kept figure without making it again; a spoiled figure is made again", async () => {
    const {dir} = copyContent("page-keys-later");
    const site = readSite(dir);
    const embeds = Object.fromEntries([...site.charts.keys()].map((id) => [id, embedPageKey(site, id, dir)]));
    await writesDone();
    const kept = keptFigures(dir);
    expect(kept.size).toBe(site.charts.size);

    expect(embedKeysInNewProcess(dir)).toEqual(embeds);
    expect(keptFigures(dir)).toEqual(kept);

    // A figure whose words no longer match its checksum: not trusted for its digest, made again, and the key the same.
    const [file, entry] = [...kept][0]!;
    const text = entry.slice(entry.indexOf(" ") + 1);
    writeFileSync(file, text.replace(/(\n[\s\S]*?)<h1/, "$1<h1 data-spoiled"));
    expect(embedKeysInNewProcess(dir)).toEqual(embeds);
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
