import {existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {copiedPages} from "../../src/integration/copiedPages.ts";
import {notePublishedPages} from "../../src/integration/keptPages.ts";
import {receivePages} from "../../src/integration/renderedPages.ts";
import {issuedPageKeys} from "../../src/render/pageKeys.ts";

/**
 * A project's Astro cache folder holding a record of the last build's pages (one, /okapis/, copied under "key-1"),
 * the published site with that page, and a build folder.
 */
function folders() {
  const dir = mkdtempSync(join(tmpdir(), "copied-pages-"));
  const cacheDir = join(dir, "cache");
  const outDir = join(dir, "next");
  const published = join(dir, "dist");
  for (const folder of [join(cacheDir, "dist"), published]) {
    mkdirSync(join(folder, "okapis"), {recursive: true});
    writeFileSync(join(folder, "okapis", "index.html"), "<p>Okapis</p>");
  }
  writeFileSync(join(cacheDir, "incremental-build.json"), JSON.stringify({version: 1, routes: {"src/pages/[story].astro": {paths: {"/okapis/": {cacheKey: "key-1", outputFile: "okapis/index.html"}}}}}));
  mkdirSync(outDir);
  return {cacheDir, outDir, published};
}

async function start(cacheDir: string, outDir: string, published = join(cacheDir, "..", "dist"), base = "/") {
  const {hooks} = copiedPages({published});
  await hooks["astro:config:done"]!({config: {cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${outDir}/`), base}} as never);
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

  it("are linked from the published site while it is the build Astro's record describes and the page is unchanged there; else copied from Astro's", async () => {
    const render = async (pathname: string) => {
      const {pageSinks} = await import("../../src/integration/renderedPages.ts");
      await Promise.all(pageSinks().map((sink) => sink(pathname, "<p>Home</p>")));
    };
    const placedFile = (outDir: string) => statSync(join(outDir, "okapis", "index.html"));
    const publishedFile = (published: string) => statSync(join(published, "okapis", "index.html"));

    // Published with this record: the page goes into the build as a link to the published one.
    const linked = folders();
    notePublishedPages(linked.cacheDir);
    await start(linked.cacheDir, linked.outDir, linked.published);
    issuedPageKeys.add("key-1");
    await render("/");
    expect(placedFile(linked.outDir).ino).toBe(publishedFile(linked.published).ino);
    receivePages("copied-pages", undefined);

    // No note of what was published (a build that failed after Astro wrote its record): a copy of Astro's.
    const unnoted = folders();
    await start(unnoted.cacheDir, unnoted.outDir, unnoted.published);
    issuedPageKeys.add("key-1");
    await render("/");
    expect(placedFile(unnoted.outDir).ino).not.toBe(publishedFile(unnoted.published).ino);
    expect(readFileSync(join(unnoted.outDir, "okapis", "index.html"), "utf8")).toBe("<p>Okapis</p>");
    receivePages("copied-pages", undefined);

    // The published page changed since it was published (edited in place): a copy of Astro's, not the edit.
    const edited = folders();
    notePublishedPages(edited.cacheDir);
    writeFileSync(join(edited.published, "okapis", "index.html"), "<p>Okapis, edited by hand</p>");
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(edited.published, "okapis", "index.html"), later, later);
    await start(edited.cacheDir, edited.outDir, edited.published);
    issuedPageKeys.add("key-1");
    await render("/");
    expect(readFileSync(join(edited.outDir, "okapis", "index.html"), "utf8")).toBe("<p>Okapis</p>");
    receivePages("copied-pages", undefined);
  });

  it("a linked page Astro renders all the same (its template changed) is unlinked before Astro writes it, so the published page keeps its bytes", async () => {
    const {cacheDir, outDir, published} = folders();
    notePublishedPages(cacheDir);
    // Under a base path, as the pages' addresses carry it.
    await start(cacheDir, outDir, published, "/desk");
    issuedPageKeys.add("key-1");
    const {pageSinks} = await import("../../src/integration/renderedPages.ts");
    await Promise.all(pageSinks().map((sink) => sink("/desk/", "<p>Home</p>")));
    expect(existsSync(join(outDir, "okapis", "index.html"))).toBe(true);
    await Promise.all(pageSinks().map((sink) => sink("/desk/okapis/", "<p>Okapis, rendered again</p>")));
    // Astro writes the page it rendered in place, as it does.
    expect(existsSync(join(outDir, "okapis", "index.html"))).toBe(false);
    writeFileSync(join(outDir, "okapis", "index.html"), "<p>Okapis, rendered again</p>");
    expect(readFileSync(join(published, "okapis", "index.html"), "utf8")).toBe("<p>Okapis</p>");
    receivePages("copied-pages", undefined);
  });
});
