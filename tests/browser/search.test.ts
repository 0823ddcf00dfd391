import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {readSite} from "../../src/site.ts";
import {axeViolations, screenshots, servedInChromium} from "../helpers/browser.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
// Expectations come from the content: the first story, and the longest word of its headline.
const story = readSite(root).stories[0]!;
const storyPath = `/${story.slug}/`;
const word = [...story.frontMatter.title.matchAll(/\p{L}{4,}/gu)].map(([w]) => w).sort((a, b) => b.length - a.length)[0]!;


const open = servedInChromium(dist).open;

/** Types a query the way a reader does and waits for the count in the live region. */
async function searchFor(page: Page, query: string): Promise<string> {
  await page.locator("#search-query").fill(query);
  await page.waitForFunction(() => /result/.test(document.getElementById("search-status")?.textContent ?? ""));
  return (await page.locator("#search-status").textContent())!;
}

describe("the search page in Chromium", () => {
  it(`typing “${word}” (from a headline) lists ${storyPath} among the results, under the page's own content policy`, async () => {
    const {page, errors, close} = await open("/search/");
    const status = await searchFor(page, word);
    expect(status).toMatch(new RegExp(`^\\d+ results? for “${word}”\\.$`));
    const links = await page.locator("#search-results li h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain(storyPath);
    expect(await page.locator(`#search-results a[href="${storyPath}"]`).textContent()).toBe(story.frontMatter.title);
    expect(await page.locator("#search-results mark").count()).toBeGreaterThan(0);
    // The query is kept in the address, so a reader can come back to the results.
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);
    expect(errors).toEqual([]);
    await close();
  });

  it("a query that matches nothing says so in the live region", async () => {
    const {page, errors, close} = await open("/search/");
    expect(await page.locator("#search-status").getAttribute("role")).toBe("status");
    expect(await searchFor(page, "zzqxvy")).toBe("No results for “zzqxvy”.");
    expect(await page.locator("#search-results li").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("opened with ?q=, the page searches at once", async () => {
    const {page, errors, close} = await open(`/search/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector(`#search-results a[href="${storyPath}"]`);
    expect(await page.locator("#search-query").inputValue()).toBe(word);
    expect(errors).toEqual([]);
    await close();
  });

  it("with the keyboard alone: Tab to the field, type, Enter, Tab to the first result, Enter opens it", async () => {
    const {page, errors, close} = await open("/search/");
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== "search-query"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-query");
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-results li a");
    // The submit button, then the first result.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Search");
    await page.keyboard.press("Tab");
    const first = await page.locator("#search-results li a").first().getAttribute("href");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(first);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    await Promise.all([page.waitForURL(`**${first}`), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(first);
    expect(errors).toEqual([]);
    await close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`with results showing (${scheme}), passes axe (WCAG 2.2 AA and best practice) at 320 and 1280 px with no overflow`, async () => {
      for (const width of [320, 1280]) {
        // axe is the test's own script, not the site's: its page skips the content policy (tested above).
        const {page, errors, close} = await open("/search/", {width, scheme, bypassCSP: true});
        await searchFor(page, word);
        expect(await axeViolations(page), `${width}px, ${scheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await page.screenshot({path: join(screenshots, `search-results-${width}-${scheme}.png`), fullPage: true});
        await close();
      }
    });
  }

  it("without JavaScript, the page points to the stories and the sources", async () => {
    const {page, close} = await open("/search/", {javaScript: false});
    const links = await page.locator(".search-browse a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["/", "/sources/"]);
    await close();
  });

  for (const url of ["/", storyPath]) {
    it(`${url} loads nothing of Pagefind`, async () => {
      const {page, requests, close} = await open(url);
      await page.waitForLoadState("networkidle");
      expect(requests.filter((path) => path.includes("pagefind"))).toEqual([]);
      await close();
    });
  }
});
