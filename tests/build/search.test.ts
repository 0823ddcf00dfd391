import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {gunzipSync} from "node:zlib";
import {pathToFileURL} from "node:url";
import sirv from "sirv";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {backgroundWork} from "../../src/integration/beforePublish.ts";
import {searchIndex} from "../../src/integration/searchIndex.ts";
import {issuedPageKeys} from "../../src/render/pageKeys.ts";
import type {Pagefind} from "../../src/search/searchPage.ts";
import {publicAddress} from "../../src/settings/publicAddress.ts";
import {readSite} from "../../src/site.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {copyProject, editorEnv, root} from "../helpers/project.ts";

/** A page of the index as Pagefind's own browser API returns it, run here in Node. */
interface Indexed {
  url: string;
  title: string;
  content: string;
  excerpt: string;
}

/**
 * Pagefind's browser script (`pagefind/pagefind.js` of a build), loaded in Node and reading the
 * index over HTTP from the build served at `base`, exactly as the search page reads it.
 */
async function openIndex(dist: string, base: string): Promise<{search: (term: string | null) => Promise<Indexed[]>; close: () => Promise<void>}> {
  const files = sirv(dist, {dev: true, etag: false});
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dist, "pagefind/pagefind.js")).href)) as Pagefind & {options(options: {basePath: string; baseUrl: string}): Promise<void>; search(term: string | null): ReturnType<Pagefind["search"]>};
  // The same base the search page gives it (its data-base), so result links are the page's own.
  const searchPage = parse(readFileSync(join(dist, "search/index.html"), "utf8"));
  await pagefind.options({basePath: `http://127.0.0.1:${port}${base}pagefind/`, baseUrl: searchPage.querySelector("form.search-form")!.getAttribute("data-base")!});
  return {
    search: async (term) => {
      const {results} = await pagefind.search(term);
      const found = await Promise.all(results.map((result) => result.data() as Promise<{url: string; meta: {title?: string}; content: string; excerpt: string}>));
      return found.map(({url, meta, content, excerpt}) => ({url, title: meta.title ?? "", content, excerpt}));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The longest word of a headline, the kind of word a reader would type. */
function headlineWord(title: string): string {
  return [...title.matchAll(/\p{L}{4,}/gu)].map(([word]) => word).sort((a, b) => b.length - a.length)[0] ?? title;
}

/** What a built index holds: each page's address and text, from Pagefind's fragments. */
function indexed(dir: string): {url: string; content: string}[] {
  const folder = join(dir, "pagefind/fragment");
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{"))) as {url: string; content: string};
  }).sort((a, b) => a.url.localeCompare(b.url));
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe("searchIndex()", () => {
  /**
   * A build of three pages, the integration's hooks run as Astro runs them, each page rendered
   * through the middleware it adds, as Astro renders them; and what it logged. `kept`: pages
   * Astro copies from the last build (their keys issued, recorded in its cache, and copied into
   * the build) and, in `renderedAfterAll`, how a kept page is rendered all the same.
   */
  async function runHook({kept = {}, renderedAfterAll = {}}: {kept?: Record<string, string>; renderedAfterAll?: Record<string, string>} = {}): Promise<{dir: string; logged: string[]}> {
    const dir = mkdtempSync(join(tmpdir(), "search-index-"));
    const cacheDir = join(dir, ".cache");
    const record: Record<string, {cacheKey: string; outputFile: string}> = {};
    for (const [path, body] of Object.entries(kept)) {
      const cacheKey = `key of ${dir}${path}`;
      issuedPageKeys.add(cacheKey);
      record[path] = {cacheKey, outputFile: `${path.slice(1)}index.html`};
      for (const file of [join(cacheDir, "dist", path, "index.html"), join(dir, path, "index.html")]) {
        mkdirSync(dirname(file), {recursive: true});
        writeFileSync(file, page(renderedAfterAll[path] ?? body));
      }
      // The last build's copy, which the build copies unless it renders the page after all.
      writeFileSync(join(cacheDir, "dist", path, "index.html"), page(body));
    }
    mkdirSync(cacheDir, {recursive: true});
    writeFileSync(join(cacheDir, "incremental-build.json"), JSON.stringify({version: 1, routes: {"src/pages/[story].astro": {dependencyHash: "d", paths: record}}}));
    const logged: string[] = [];
    const logger = {info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m)};
    const {hooks} = searchIndex();
    let middleware: string | URL | undefined;
    // Only what the hooks read.
    await hooks["astro:config:setup"]!({command: "build", addMiddleware: ({entrypoint}: {entrypoint: string | URL}) => (middleware = entrypoint)} as never);
    await hooks["astro:config:done"]!({config: {base: "/", cacheDir: pathToFileURL(`${cacheDir}/`)}} as never);
    const {onRequest} = (await import(/* @vite-ignore */ String(middleware))) as typeof import("../../src/integration/renderedPagesMiddleware.ts");
    const render = async (path: string, body: string) => {
      const html = page(body);
      const rendered = new Response(html, {headers: {"content-type": "text/html"}});
      const response = (await onRequest({isPrerendered: true, url: new URL(path, "http://localhost")} as never, async () => rendered)) as Response;
      // The page is written as it was rendered (into the build, as Astro writes it).
      expect(await response.text()).toBe(html);
      mkdirSync(join(dir, path), {recursive: true});
      writeFileSync(join(dir, path, "index.html"), html);
      return {rendered, response};
    };
    try {
      // Before the build starts (as in the dev server), a page passes untouched, not even read.
      const before = await render("/elsewhere/", "<main data-pagefind-body>Not indexed</main>");
      expect(before.response).toBe(before.rendered);
      await hooks["astro:build:start"]!({logger} as never);
      await render("/story/", "<main><article data-pagefind-body><h1>Zebras</h1><p>A story about zebras.</p></article></main>");
      await render("/embed/chart/", "<main><figure data-pagefind-body><p>An embedded zebra chart.</p></figure></main>");
      await render("/", "<main><h1>Home</h1><p>Zebras, and other stories.</p></main>");
      for (const [path, body] of Object.entries(renderedAfterAll)) await render(path, body);
      const built = ["story/", "embed/chart/", "", ...Object.keys(kept).map((path) => path.slice(1))].map((pathname) => ({pathname}));
      await hooks["astro:build:done"]!({dir: pathToFileURL(`${dir}/`), logger, pages: built} as never);
      // Pagefind works on in the background; publishBuild waits for it the same way.
      await backgroundWork();
    } catch (error) {
      rmSync(dir, {recursive: true, force: true});
      throw error;
    }
    return {dir, logged};
  }

  it("searchIndex() indexes the pages marked data-pagefind-body into pagefind/, never an embed page, and logs how many", async () => {
    const {dir, logged} = await runHook();
    const entry = JSON.parse(readFileSync(join(dir, "pagefind/pagefind-entry.json"), "utf8")) as {languages: Record<string, {page_count: number}>};
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1]);
    expect(logged).toEqual(["indexed 1 page for search into pagefind/"]);
    rmSync(dir, {recursive: true, force: true});
  });

  it("a page Astro copies from the last build (its key unchanged) is indexed from its copy, once, beside those rendered", async () => {
    const {dir, logged} = await runHook({kept: {"/okapis/": "<main><article data-pagefind-body><h1>Okapis</h1><p>A story kept from the last build.</p></article></main>", "/embed/kept/": "<main data-pagefind-body>An embed, never indexed</main>"}});
    expect(indexed(dir).map(({url, content}) => [url, content])).toEqual([["/okapis/", "Okapis. A story kept from the last build."], ["/story/", "Zebras. A story about zebras."]]);
    expect(logged).toEqual(["indexed 2 pages for search into pagefind/"]);
    rmSync(dir, {recursive: true, force: true});
  });

  it("a kept page that the build renders after all, differently, makes the index again from the pages as written: never a page as it no longer is", async () => {
    const kept = {"/okapis/": "<main><article data-pagefind-body><h1>Okapis</h1><p>As the last build had it.</p></article></main>"};
    const renderedAfterAll = {"/okapis/": "<main><article data-pagefind-body><h1>Okapis</h1><p>As this build has it.</p></article></main>"};
    const {dir, logged} = await runHook({kept, renderedAfterAll});
    expect(indexed(dir).map(({url, content}) => [url, content])).toEqual([["/okapis/", "Okapis. As this build has it."], ["/story/", "Zebras. A story about zebras."]]);
    expect(logged).toEqual(["a page copied from the last build was rendered differently: the search index is made again from the pages as written", "indexed 2 pages for search into pagefind/"]);
    rmSync(dir, {recursive: true, force: true});
  });

  it("searchIndex() stops the build with a message naming the step when Pagefind cannot run", async () => {
    vi.stubEnv("PAGEFIND_EXTENDED_BINARY_PATH", "/nonexistent/pagefind");
    // Pagefind's own report of the missing program, which the build's message replaces.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(runHook()).rejects.toThrow(/^The search index failed while starting Pagefind: .+ The site was not published; dist\/ is unchanged\.$/);
    } finally {
      vi.unstubAllEnvs();
      quiet.mockRestore();
    }
  });
});

const dist = join(root, "dist");
const site = pages(dist);
// Expectations come from the content itself, so an editor's change never breaks them.
const content = readSite(root);
const readerPages = [...content.stories.map((story) => `/${story.slug}/`), ...[...content.data.sources.keys()].map((id) => `/sources/${id}/`)].sort();

describe("search on the built site", () => {
  let index: Awaited<ReturnType<typeof openIndex>>;
  let all: Indexed[];
  beforeAll(async () => {
    index = await openIndex(dist, "/");
    all = await index.search(null);
  });
  afterAll(() => index?.close());

  it("the build writes Pagefind's index and its script into pagefind/, and says how many pages it indexed", () => {
    const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {languages: Record<string, {page_count: number}>};
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(readerPages.length);
    expect(existsSync(join(dist, "pagefind/pagefind.js"))).toBe(true);
    expect(readFileSync(join(root, "tests/.tmp/build.log"), "utf8")).toContain(`indexed ${readerPages.length} page`);
  });

  it("indexes every story and every source page, and nothing else: no embed, no list, not the search page", () => {
    expect(all.map((page) => page.url).sort()).toEqual(readerPages);
    for (const page of all) {
      const doc = parse(site.get(page.url)!);
      expect(page.title, page.url).toBe(doc.querySelector("h1")!.textContent);
    }
  });

  it("a story's indexed text holds its prose, chart titles, chart descriptions, data and figure notes, and none of the chrome around charts", () => {
    for (const story of content.stories) {
      const indexed = all.find((page) => page.url === `/${story.slug}/`)!.content;
      const doc = parse(site.get(`/${story.slug}/`)!);
      const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, " ").trim()).filter(Boolean);
      for (const text of [...texts(".story-body > p"), ...texts(".chart-title"), ...texts(".chart-description"), ...texts(".chart-data tbody td"), ...texts(".figure-notes li q, .figure-notes li blockquote")]) {
        expect(indexed, `${story.slug}: ${text}`).toContain(text.slice(0, 60));
      }
      for (const chrome of ["Copy the code", "Embed this chart", "Show the data behind this chart", "Download:", "↩"]) expect(indexed, story.slug).not.toContain(chrome);
    }
  });

  it("a source page's indexed text holds the passages the site quotes, not the notes about cleaning", () => {
    for (const id of content.data.sources.keys()) {
      const indexed = all.find((page) => page.url === `/sources/${id}/`)!.content;
      const doc = parse(site.get(`/sources/${id}/`)!);
      for (const mark of doc.querySelectorAll(".source-text mark")) expect(indexed, id).toContain(mark.textContent!.replace(/\s+/g, " ").trim().slice(0, 60));
      const cleanings = doc.querySelector(".cleanings h2")?.textContent;
      if (cleanings) expect(indexed, id).not.toContain(cleanings);
    }
  });

  it("searching a word of a story's headline finds the story, with its headline and an excerpt that marks the word", async () => {
    for (const story of content.stories) {
      const word = headlineWord(story.frontMatter.title);
      const found = await index.search(word);
      const hit = found.find((page) => page.url === `/${story.slug}/`);
      expect(hit, `${word} finds /${story.slug}/`).toBeDefined();
      expect(hit!.title).toBe(story.frontMatter.title);
      expect(hit!.excerpt).toMatch(/<mark>[^<]+<\/mark>/);
    }
  });

  it("the search page names its bundle and the site's base; no other page loads Pagefind", () => {
    const form = parse(site.get("/search/")!).querySelector("form.search-form")!;
    const {base} = publicAddress(root);
    expect(form.getAttribute("data-bundle")).toBe(`${base}pagefind/`);
    expect(form.getAttribute("data-base")).toBe(base);
    for (const [url, html] of site) if (url !== "/search/") expect(html, url).not.toMatch(/pagefind\.js|pagefind-ui|data-bundle/);
  });

  it("only the search page's content policy lets it compile WebAssembly (Pagefind's index)", () => {
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    const policies = [...headers.matchAll(/^(\/\S*)\n(?:  .*\n)*?  Content-Security-Policy: (.*)$/gm)].map(([, path, policy]) => [path!, policy!] as const);
    expect(policies.length).toBeGreaterThan(2);
    for (const [path, policy] of policies) expect(policy.includes("'wasm-unsafe-eval'"), path).toBe(path.replace(/\/$/, "") === "/search");
  });
});

describe("search under a sub-path (SITE_URL and SITE_BASE)", () => {
  const base = "/casey/";
  let project: ReturnType<typeof copyProject>;
  let built: string;
  let index: Awaited<ReturnType<typeof openIndex>>;
  beforeAll(async () => {
    project = copyProject("search-sub-path");
    const result = spawnSync("npm", ["run", "--silent", "build"], {cwd: project.dir, encoding: "utf8", env: {...editorEnv(), SITE_URL: "https://news.example", SITE_BASE: base}});
    if (result.status !== 0) throw new Error(`the sub-path build failed:\n${result.stdout}${result.stderr}`);
    built = join(project.dir, "dist");
    index = await openIndex(built, base);
  });
  afterAll(() => index?.close());

  it("the search page loads the bundle from the sub-path, and its form and links stay under it", () => {
    const doc = parse(readFileSync(join(built, "search/index.html"), "utf8"));
    const form = doc.querySelector("form.search-form")!;
    expect(form.getAttribute("data-bundle")).toBe(`${base}pagefind/`);
    expect(form.getAttribute("data-base")).toBe(base);
    expect(form.getAttribute("action")).toBe(`${base}search/`);
    for (const link of doc.querySelectorAll("main a[href]")) expect(link.getAttribute("href")).toMatch(new RegExp(`^${base}`));
    expect(existsSync(join(built, "pagefind/pagefind.js"))).toBe(true);
  });

  it("every result links under the sub-path to a page that exists, and the fixture's stories and sources are all found", async () => {
    const fixture = readSite(project.dir);
    const expected = [...fixture.stories.map((story) => `${base}${story.slug}/`), ...[...fixture.data.sources.keys()].map((id) => `${base}sources/${id}/`)].sort();
    const all = await index.search(null);
    expect(all.map((page) => page.url).sort()).toEqual(expected);
    for (const page of all) expect(resolveUrl(built, page.url.slice(base.length - 1)), page.url).toBeDefined();
    const story = fixture.stories[0]!;
    expect((await index.search(headlineWord(story.frontMatter.title))).map((page) => page.url)).toContain(`${base}${story.slug}/`);
  });
});
