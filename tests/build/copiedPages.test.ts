import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {copiedPages} from "../../src/integration/copiedPages.ts";
import {receivePages} from "../../src/integration/renderedPages.ts";
import {issuedPageKeys} from "../../src/render/pageKeys.ts";

/** A project's Astro cache folder holding a record of the last build's pages (one, /okapis/, copied under "key-1") and a build folder. */
function folders() {
  const dir = mkdtempSync(join(tmpdir(), "copied-pages-"));
  const cacheDir = join(dir, "cache");
  const outDir = join(dir, "next");
  mkdirSync(join(cacheDir, "dist", "okapis"), {recursive: true});
  writeFileSync(join(cacheDir, "dist", "okapis", "index.html"), "<p>Okapis</p>");
  writeFileSync(join(cacheDir, "incremental-build.json"), JSON.stringify({version: 1, routes: {"src/pages/[story].astro": {paths: {"/okapis/": {cacheKey: "key-1", outputFile: "okapis/index.html"}}}}}));
  mkdirSync(outDir);
  return {cacheDir, outDir};
}

async function start(cacheDir: string, outDir: string) {
  const {hooks} = copiedPages();
  await hooks["astro:config:done"]!({config: {cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${outDir}/`)}} as never);
  await hooks["astro:build:start"]!({} as never);
  return hooks;
}

describe("pages copied from the last build", () => {
  it("are put into the build as the first page is rendered, when their keys are given again; the build's own keys only", async () => {
    const {cacheDir, outDir} = folders();
    issuedPageKeys.add("key-1");
    const hooks = await start(cacheDir, outDir);
    // A key given by an earlier build in this process is forgotten as this one starts.
    expect(issuedPageKeys.has("key-1")).toBe(false);
    issuedPageKeys.add("key-1");
    const {pageSinks} = await import("../../src/integration/renderedPages.ts");
    await Promise.all(pageSinks().map((sink) => sink("/", "<p>Home</p>")));
    expect(readFileSync(join(outDir, "okapis", "index.html"), "utf8")).toBe("<p>Okapis</p>");
    await hooks["astro:build:done"]!({} as never);
    receivePages("copied-pages", undefined);
  });

  it("a build that starts after one that did not finish forgets Astro's record, so every page is rendered afresh", async () => {
    const {cacheDir, outDir} = folders();
    const first = await start(cacheDir, outDir);
    // Stopped before Astro wrote its record and the build finished: the marker stays.
    receivePages("copied-pages", undefined);
    expect(existsSync(join(cacheDir, "incremental-build.json"))).toBe(true);
    await start(cacheDir, outDir);
    expect(existsSync(join(cacheDir, "incremental-build.json"))).toBe(false);
    receivePages("copied-pages", undefined);
    // A build that finishes leaves no marker: the next keeps the record it writes.
    writeFileSync(join(cacheDir, "incremental-build.json"), "{}");
    await first["astro:build:done"]!({} as never);
    await start(cacheDir, outDir);
    expect(existsSync(join(cacheDir, "incremental-build.json"))).toBe(true);
    receivePages("copied-pages", undefined);
  });
});
