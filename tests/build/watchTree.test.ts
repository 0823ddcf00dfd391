import {mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {watchTree} from "../../src/lib/watchTree.ts";

/** Waits until `seen` has every path of `paths` (the system reports changes a moment after they happen). */
async function until(seen: Set<string>, paths: string[]): Promise<void> {
  for (let tries = 0; tries < 200 && !paths.every((path) => seen.has(path)); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect([...seen].filter((path) => paths.includes(path)).sort()).toEqual([...paths].sort());
}

describe("watchTree (the dev server's watch on content/, data/ and seeds/)", () => {
  const closers: (() => void)[] = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  it("reports a changed, new, renamed or deleted file in any folder, in folders made later too, and nothing after it is closed", async () => {
    const root = mkdtempSync(join(tmpdir(), "watch-tree-"));
    mkdirSync(join(root, "datasets"));
    writeFileSync(join(root, "datasets/fares.csv"), "year,fare\n");
    writeFileSync(join(root, "site.json"), "{}");
    const seen = new Set<string>();
    const watcher = watchTree(root, (path) => seen.add(path));
    closers.push(watcher.close);

    writeFileSync(join(root, "datasets/fares.csv"), "year,fare\n2024,1.50\n");
    writeFileSync(join(root, "site.json"), '{"name": "x"}');
    await until(seen, [join(root, "datasets/fares.csv"), join(root, "site.json")]);

    // A folder made after the watch began, and a file in it.
    mkdirSync(join(root, "timelines"));
    await until(seen, [join(root, "timelines")]);
    writeFileSync(join(root, "timelines/events.csv"), "date,event\n");
    await until(seen, [join(root, "timelines/events.csv")]);

    // An editor's save by rename, and a deletion.
    writeFileSync(join(root, "datasets/.fares.csv.swp"), "year,fare\n2024,1.60\n");
    renameSync(join(root, "datasets/.fares.csv.swp"), join(root, "datasets/tickets.csv"));
    rmSync(join(root, "timelines/events.csv"));
    seen.clear();
    await until(seen, [join(root, "datasets/tickets.csv"), join(root, "timelines/events.csv")]);

    // A folder deleted and made again at once (a git checkout of another branch): its files are still watched.
    rmSync(join(root, "datasets"), {recursive: true});
    mkdirSync(join(root, "datasets"));
    await until(seen, [join(root, "datasets")]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen.clear();
    writeFileSync(join(root, "datasets/fares.csv"), "year,fare\n2025,1.70\n");
    await until(seen, [join(root, "datasets/fares.csv")]);

    watcher.close();
    seen.clear();
    writeFileSync(join(root, "site.json"), "{}");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...seen]).toEqual([]);
    rmSync(root, {recursive: true, force: true});
  });

  it("keeps watching the watched folder itself when it is deleted and made again", async () => {
    const parent = mkdtempSync(join(tmpdir(), "watch-tree-"));
    const root = join(parent, "data");
    mkdirSync(root);
    const seen = new Set<string>();
    const watcher = watchTree(root, (path) => seen.add(path));
    closers.push(watcher.close);
    rmSync(root, {recursive: true});
    mkdirSync(root);
    await until(seen, [root]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen.clear();
    writeFileSync(join(root, "site.json"), "{}");
    await until(seen, [join(root, "site.json")]);
    rmSync(parent, {recursive: true, force: true});
  });
});
