import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {writesDone, writeWholeLater} from "../../src/lib/writeWhole.ts";

describe("writeWholeLater: cache files written while the work goes on", () => {
  it("every file is whole on disk once writesDone resolves, the last write of a file winning, with nothing left aside", async () => {
    const folder = mkdtempSync(join(tmpdir(), "write-later-"));
    for (let n = 0; n < 50; n++) writeWholeLater(join(folder, `shard-${n % 5}`, `entry-${n}.json`), JSON.stringify({n, text: "“curly” ".repeat(n)}));
    writeWholeLater(join(folder, "shard-0", "entry-0.json"), "again");
    await writesDone();
    expect(readFileSync(join(folder, "shard-0", "entry-0.json"), "utf8")).toBe("again");
    expect(JSON.parse(readFileSync(join(folder, "shard-1", "entry-11.json"), "utf8"))).toEqual({n: 11, text: "“curly” ".repeat(11)});
    const files = readdirSync(folder, {recursive: true}).map(String);
    expect(files.filter((name) => name.endsWith(".json"))).toHaveLength(50);
    expect(files.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("holds at most 16 MB waiting: past that a write is made at once", async () => {
    const folder = mkdtempSync(join(tmpdir(), "write-later-"));
    const big = "x".repeat(6 * 1024 * 1024);
    for (let n = 0; n < 4; n++) writeWholeLater(join(folder, `big-${n}`), big);
    // The first two wait (12 MB); the third and fourth would pass 16 MB, so they are on disk already.
    expect(existsSync(join(folder, "big-2"))).toBe(true);
    expect(existsSync(join(folder, "big-3"))).toBe(true);
    await writesDone();
    for (let n = 0; n < 4; n++) expect(readFileSync(join(folder, `big-${n}`), "utf8").length, `big-${n}`).toBe(big.length);
  });

  it("a write that fails (its folder cannot be made) leaves nothing aside and stops nothing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "write-later-"));
    // A file where the entry's folder should be: no one, not even root, can make the folder.
    writeFileSync(join(folder, "blocker"), "");
    expect(() => writeWholeLater(join(folder, "blocker", "entry.json"), "{}")).not.toThrow();
    expect(() => writeWholeLater(join(folder, "blocker", "big"), "x".repeat(17 * 1024 * 1024))).not.toThrow();
    writeWholeLater(join(folder, "fine.json"), "{}");
    await writesDone();
    expect(readdirSync(folder).sort()).toEqual(["blocker", "fine.json"]);
    expect(readFileSync(join(folder, "fine.json"), "utf8")).toBe("{}");
  });
});
