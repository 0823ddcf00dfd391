import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {writesDone} from "../../src/lib/writeWhole.ts";
import {ChartCache, codeVersion, renderKey} from "../../src/render/chartCache.ts";
import {layouts, renderChart} from "../../src/render/renderChart.ts";
import {loadSite} from "../../src/site.ts";
import {fixtureSite} from "../helpers/fixtureSite.ts";
import {copyContent} from "../helpers/project.ts";

const {charts} = fixtureSite();
const model = charts.get("transit-journeys")!;
const keyOf = (inputKey: string) => renderKey(inputKey, "", layouts);
/** The one entry file a cache folder holds. */
const entryFile = (folder: string) => {
  const [shard] = readdirSync(folder);
  return join(folder, shard!, readdirSync(join(folder, shard!))[0]!);
};

describe("the chart render cache", () => {
  it("draws a chart once, then serves the same SVG from memory and, in the next process, from disk", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const cache = new ChartCache(folder);
    const first = cache.through(keyOf(model.inputKey!), () => renderChart(model));
    const again = () => {
      throw new Error("drawn again");
    };
    expect(cache.through(keyOf(model.inputKey!), again)).toEqual(first);
    expect([cache.misses, cache.hits]).toEqual([1, 1]);
    // Written while the build goes on; on disk once the writes are done.
    await writesDone();
    const next = new ChartCache(folder);
    expect(next.through(keyOf(model.inputKey!), again)).toEqual(first);
    expect([next.misses, next.hits]).toEqual([0, 1]);
  });

  it("a changed spec or changed rows change the key of that chart only; a chart on other data keeps its key", () => {
    const copy = copyContent("cache-inputs");
    copy.edit("data/charts/bus-tickets.json", (t) => t.replace("Two in five", "Two in every five"));
    copy.edit("data/datasets/transit-journeys.csv", (t) => t.replaceAll(",Trams,", ",Light rail,"));
    const changed = loadSite(copy.dir).charts;
    expect(changed.get("bus-tickets")!.inputKey).not.toBe(charts.get("bus-tickets")!.inputKey);
    expect(changed.get("transit-journeys")!.inputKey).not.toBe(charts.get("transit-journeys")!.inputKey);
    // Charts reading neither file are untouched, so a rebuild draws only the two.
    for (const id of ["review-counts", "scandal-timeline", "bus-fares", "tram-lines"]) expect(changed.get(id)!.inputKey, id).toBe(charts.get(id)!.inputKey);
  });

  it("a change of the drawing code (chart types, renderer, Plot's version), of the layout widths or of where on a page it goes changes the key", () => {
    const key = keyOf(model.inputKey!);
    expect(renderKey(model.inputKey!, "", layouts, `${codeVersion()}-changed`)).not.toBe(key);
    expect(renderKey(model.inputKey!, "", {...layouts, narrow: 360})).not.toBe(key);
    expect(renderKey(model.inputKey!, "embed", layouts)).not.toBe(key);
    expect(renderKey(model.inputKey!, "", layouts)).toBe(key);
  });

  it("an entry that is corrupt, stale (for another key) or tampered with is ignored and drawn again, never served", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const cache = new ChartCache(folder);
    const key = keyOf(model.inputKey!);
    const fresh = cache.through(key, () => renderChart(model));
    await writesDone();
    const file = entryFile(folder);
    const good = readFileSync(file, "utf8");
    const spoiled: [string, string][] = [
      ["corrupt", good.slice(0, good.length / 2)],
      ["stale", good.replace(key, "0".repeat(64))],
      ["tampered", good.replace("<svg", "<svg onload=\\\"alert(1)\\\"")],
    ];
    for (const [what, text] of spoiled) {
      writeFileSync(file, text);
      // The next build (a new process, so nothing in memory) finds the spoiled file.
      const next = new ChartCache(folder);
      expect(next.get(key), what).toBeUndefined();
      expect(next.through(key, () => renderChart(model)), what).toEqual(fresh);
      expect(next.hits, what).toBe(0);
    }
  });
});

describe("the download cache", () => {
  it("keeps a PNG under the hash of its SVG and maker, serves it while it matches the hash beside it, and makes it again when tampered with", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const cache = new ChartCache(folder);
    let made = 0;
    // What a build does for each chart: serve the kept PNG, or make one and keep it.
    const bytes = async (svg: string, maker: string) => {
      const kept = cache.readBytes(svg, maker);
      if (kept) return kept;
      const png = Buffer.from(`png of the svg ${++made}`);
      await cache.writeBytes(svg, maker, png);
      return png;
    };
    const first = await bytes("<svg/>", "png 2");
    expect(await bytes("<svg/>", "png 2")).toEqual(first);
    expect(made).toBe(1);
    // Another SVG or another maker's version is another file.
    await bytes("<svg></svg>", "png 2");
    await bytes("<svg/>", "png 3");
    expect(made).toBe(3);
    // A file whose bytes no longer match their hash is made again, never served.
    const files = join(folder, "files");
    for (const shard of readdirSync(files)) for (const name of readdirSync(join(files, shard))) if (!name.endsWith(".sha256")) writeFileSync(join(files, shard, name), "tampered");
    expect(cache.readBytes("<svg/>", "png 2")).toBeUndefined();
    expect((await bytes("<svg/>", "png 2")).toString()).toBe("png of the svg 4");
  });
});

describe("publishing a kept PNG into a build", () => {
  it("puts a kept file that matches its hash at the target (a hard link: no bytes copied), refuses a tampered one, and the published file keeps its bytes when the entry is replaced", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const build = mkdtempSync(join(tmpdir(), "chart-build-"));
    const cache = new ChartCache(folder);
    await cache.writeBytes("<svg/>", "png 2", Buffer.from("the png"));
    const kept = cache.bytesFile("<svg/>", "png 2");
    const target = join(build, "chart.png");
    expect(await cache.publishBytesAt(kept, target)).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("the png");
    expect(statSync(target).ino).toBe(statSync(kept).ino);

    // The entry replaced (drawn again): the published file is not changed with it.
    await cache.writeBytes("<svg/>", "png 2", Buffer.from("another png"));
    expect(readFileSync(target, "utf8")).toBe("the png");

    // Bytes that no longer match their hash are never published.
    writeFileSync(kept, "tampered");
    const other = join(build, "other.png");
    expect(await cache.publishBytesAt(kept, other)).toBe(false);
    expect(existsSync(other)).toBe(false);
    // Nor is a file never kept.
    expect(await cache.publishBytesAt(cache.bytesFile("<svg>never</svg>", "png 2"), other)).toBe(false);
    expect(existsSync(other)).toBe(false);
  });

  it("the next build reads a file it published again only if it changed since: a write into it, even of as many bytes, is caught", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const build = mkdtempSync(join(tmpdir(), "chart-build-"));
    const first = new ChartCache(folder);
    await first.writeBytes("<svg/>", "png 2", Buffer.from("the png"));
    const kept = first.bytesFile("<svg/>", "png 2");
    expect(first.publishBytesAt(kept, join(build, "a.png"))).toBe(true);
    first.saveChecked();

    // Unchanged since it was checked: its stamp stands for its hash, which is not read (here, no longer there to read).
    writeFileSync(`${kept}.sha256`, "not its hash");
    const second = new ChartCache(folder);
    expect(second.publishBytesAt(kept, join(build, "b.png"))).toBe(true);
    expect(readFileSync(join(build, "b.png"), "utf8")).toBe("the png");
    second.saveChecked();

    // Written into, with as many bytes (its hash put back as it was): the stamp differs, so its hash is checked, and it is refused.
    writeFileSync(`${kept}.sha256`, createHash("sha256").update("the png").digest("hex"));
    writeFileSync(kept, "the pNg");
    const third = new ChartCache(folder);
    expect(third.publishBytesAt(kept, join(build, "c.png"))).toBe(false);
    expect(existsSync(join(build, "c.png"))).toBe(false);
  });
});


describe("pruning the cache after a build", () => {
  it("deletes what the next build never looked for (and leftovers of a stopped write), keeps what it used and what another process wrote since it started", async () => {
    const folder = mkdtempSync(join(tmpdir(), "chart-cache-"));
    const first = new ChartCache(folder);
    const key = keyOf(model.inputKey!);
    const superseded = keyOf(`${model.inputKey}-before-a-correction`);
    first.through(key, () => renderChart(model));
    first.through(superseded, () => renderChart(model));
    await first.writeBytes("<svg/>", "png 2", Buffer.from("kept png"));
    await first.writeBytes("<svg>old</svg>", "png 2", Buffer.from("old png"));
    await writesDone();
    const leftover = join(folder, "files", "half-written.123.0.tmp");
    writeFileSync(leftover, "half");
    const all = () => readdirSync(folder, {recursive: true}).map(String).filter((name) => /\.(json|tmp|sha256)$|[0-9a-f]{64}$/.test(name)).sort();
    expect(all()).toHaveLength(7);
    // Everything so far is older than the next build.
    const past = new Date(Date.now() - 60_000);
    for (const name of all()) utimesSync(join(folder, name), past, past);

    const next = new ChartCache(folder);
    expect(next.through(key, () => renderChart(model))).toBeDefined();
    expect(next.readBytes("<svg/>", "png 2")?.toString()).toBe("kept png");
    expect(next.hits).toBe(2);
    // Written by another process (a dev server) while this build ran: not this build's to delete.
    const meanwhile = new ChartCache(folder);
    await meanwhile.writeBytes("<svg>dev</svg>", "png 2", Buffer.from("dev png"));
    expect(next.pruneUnused()).toBe(4);
    const left = all();
    expect(left).toHaveLength(5);
    expect(next.get(superseded)).toBeUndefined();
    expect(existsSync(leftover)).toBe(false);
    expect(new ChartCache(folder).get(key)).toBeDefined();
    expect(new ChartCache(folder).readBytes("<svg>dev</svg>", "png 2")?.toString()).toBe("dev png");
    expect(new ChartCache(folder).readBytes("<svg>old</svg>", "png 2")).toBeUndefined();
  });
});
