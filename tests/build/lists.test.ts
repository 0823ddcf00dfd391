import {createHash} from "node:crypto";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {syntheticSite} from "../../src/cli/syntheticSite.ts";
import {readSite} from "../../src/site.ts";
import {sourcePagePath, sourcesPerPage} from "../../src/sources/sourcePages.ts";
import {storiesPerPage, storyPagePath} from "../../src/stories/storyPages.ts";
import {pages, parse, resolveUrl} from "../helpers/dist.ts";
import {npmRun, root} from "../helpers/project.ts";

// A site with more stories and sources than one page of each list holds (each synthetic story cites
// its own source), built the way an editor builds: the lists' further pages, which the fixture and the
// live site are too small to have, are rendered and linked as the sitemap and the link check count them.
const count = Math.max(sourcesPerPage, storiesPerPage) + 1;
const dir = join(tmpdir(), `site-generator-tests-${createHash("sha1").update(root).digest("hex").slice(0, 8)}`, "lists");
let built: Map<string, string>;
let site: ReturnType<typeof readSite>;

beforeAll(() => {
  syntheticSite(root, dir, {charts: count, stories: count, withCharts: false});
  const result = npmRun(dir, "build");
  expect(result.status, result.output).toBe(0);
  built = pages(join(dir, "dist"));
  site = readSite(dir);
}, 120_000);

/** Each page of a list, from its first: what the page links to in the list, and its pager's links. */
function listPages(pathOf: (n: number) => string, list: string): {path: string; items: string[]; prev?: string; next?: string}[] {
  const found = [];
  for (let number = 1; built.has(pathOf(number)); number++) {
    const doc = parse(built.get(pathOf(number))!);
    const items = [...doc.querySelectorAll(`ul.${list} h2 a`)].map((a) => a.getAttribute("href")!);
    const link = (rel: string) => doc.querySelector(`nav a[rel="${rel}"]`)?.getAttribute("href") ?? undefined;
    found.push({path: pathOf(number), items, prev: link("prev"), next: link("next")});
  }
  return found;
}

describe(`a site of ${count} stories and sources: every page of its lists`, () => {
  it("the sources pages list every source once, in the registry's order, at most sourcesPerPage a page, each page linking to the next and back", () => {
    const lists = listPages(sourcePagePath, "source-list");
    expect(lists.flatMap((page) => page.items)).toEqual([...site.data.sources.keys()].map((id) => `/sources/${id}/`));
    expect(lists.length).toBe(Math.ceil(site.data.sources.size / sourcesPerPage));
    expect(lists.length).toBeGreaterThan(1);
    lists.forEach((page, i) => {
      expect(page.items.length).toBeLessThanOrEqual(sourcesPerPage);
      expect(page.prev).toBe(i > 0 ? lists[i - 1]!.path : undefined);
      expect(page.next).toBe(i < lists.length - 1 ? lists[i + 1]!.path : undefined);
    });
  });

  it("the home page and its further pages list every story once, newest first, at most storiesPerPage a page, each page linking to the next and back", () => {
    const lists = listPages(storyPagePath, "story-list");
    expect(lists.flatMap((page) => page.items)).toEqual(site.stories.map((story) => `/${story.slug}/`));
    expect(lists.length).toBe(Math.ceil(site.stories.length / storiesPerPage));
    lists.forEach((page, i) => {
      expect(page.items.length).toBeLessThanOrEqual(storiesPerPage);
      expect(page.prev).toBe(i > 0 ? lists[i - 1]!.path : undefined);
      expect(page.next).toBe(i < lists.length - 1 ? lists[i + 1]!.path : undefined);
    });
  });

  it("every link on the lists' pages goes to a page or file the build wrote", () => {
    const listed = [...built.keys()].filter((path) => /^\/(page|sources\/page)\/\d+\/$/.test(path) || path === "/" || path === "/sources/");
    const broken = listed.flatMap((path) =>
      [...parse(built.get(path)!).querySelectorAll("a[href^='/']")].map((a) => a.getAttribute("href")!).filter((url) => !resolveUrl(join(dir, "dist"), url)).map((url) => `${path} → ${url}`),
    );
    expect(broken).toEqual([]);
  });
});
