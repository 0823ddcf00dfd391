import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {ChartCache} from "../../src/render/chartCache.ts";
import {MadeIndex} from "../../src/render/madeIndex.ts";

const hash = (text: string) => createHash("sha256").update(text).digest("hex");
const png = (text: string) => `files/${hash(text).slice(0, 2)}/${hash(text)}`;
const file = () => join(mkdtempSync(join(tmpdir(), "made-index-")), "made.json");

describe("the index of what a build made from which inputs", () => {
  it("gives the next build what each key made, and keeps only what the last build asked for or made", () => {
    const path = file();
    const first = new MadeIndex(path);
    first.set("card-a", {hash: hash("<svg>a</svg>"), png: png("a")});
    first.set("csv-b", {hash: hash("b,c")});
    first.save();
    const second = new MadeIndex(path);
    expect(second.get("card-a")).toEqual({hash: hash("<svg>a</svg>"), png: png("a")});
    expect(second.get("unknown")).toBeUndefined();
    second.save();
    // csv-b was not asked for: a chart no longer on the site leaves the index.
    const third = new MadeIndex(path);
    expect(third.get("card-a")).toBeDefined();
    expect(third.get("csv-b")).toBeUndefined();
  });

  it("ignores a file whose checksum does not match, and entries of the wrong shape, never serving them", () => {
    const path = file();
    const index = new MadeIndex(path);
    index.set("card-a", {hash: hash("a"), png: png("a")});
    index.save();
    const [check, body] = readFileSync(path, "utf8").split("\n");
    // Tampered with (or cut short by a full disk): the whole file is ignored.
    writeFileSync(path, `${check}\n${body!.replace(hash("a"), hash("b"))}`);
    expect(new MadeIndex(path).get("card-a")).toBeUndefined();
    writeFileSync(path, "not an index");
    expect(new MadeIndex(path).get("card-a")).toBeUndefined();
    // A well-formed file whose entries are not: a path out of the cache, a hash of the wrong length.
    const entries = JSON.stringify({escape: {hash: hash("a"), png: "../../etc/passwd"}, short: {hash: "abc"}, good: {hash: hash("a")}});
    writeFileSync(path, `${hash(entries)}\n${entries}`);
    const read = new MadeIndex(path);
    expect([read.get("escape"), read.get("short"), read.get("good")]).toEqual([undefined, undefined, {hash: hash("a")}]);
    expect(() => read.set("bad", {hash: "x"})).toThrow(/not a record/);
  });

  it("in the render cache, gives a picture's PNG as a cache file and keeps the index for the next build, which prunes nothing it names", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const cache = new ChartCache(folder);
    const kept = cache.bytesFile("<svg>a</svg>", "png 1");
    await cache.writeBytesAt(kept, Buffer.from("PNG"));
    const other = cache.bytesFile("<svg>b</svg>", "png 1");
    await cache.writeBytesAt(other, Buffer.from("PNG"));
    cache.keepMade("card-a", {hash: hash("<svg>a</svg>"), png: kept});
    cache.saveChecked();
    // Everything dated an hour back: written by an earlier build, not by another process meanwhile.
    const past = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(folder, {recursive: true, encoding: "utf8"})) if (statSync(join(folder, name)).isFile()) utimesSync(join(folder, name), past, past);
    const next = new ChartCache(folder);
    expect(next.made("card-a")).toEqual({hash: hash("<svg>a</svg>"), png: kept});
    next.saveChecked();
    // The PNG the index names (with its hash file) and the index are kept; the PNG nothing asked for is deleted.
    expect(next.pruneUnused()).toBe(2);
    expect([existsSync(kept), existsSync(`${kept}.sha256`), existsSync(other)]).toEqual([true, true, false]);
    expect(new ChartCache(folder).made("card-a")?.png).toBe(kept);
  });
});
