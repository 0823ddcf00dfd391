import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {axeViolations, screenshots, servedInChromium} from "../helpers/browser.ts";
import {pages} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
const urls = [...pages(dist).keys()].sort();
const widths = [320, 768, 1280] as const;
const schemes = ["light", "dark"] as const;


const chrome = servedInChromium(dist);
const open = chrome.open;

const slug = (url: string) => url.replace(/^\/|\/$/g, "").replace(/\//g, "-") || "index";

describe("every page in Chromium", () => {
  for (const url of urls) {
    for (const scheme of schemes) {
      it(`${url} (${scheme}) passes axe (WCAG 2.2 AA and best practice) at 320, 768 and 1280 px, with no overflow and no errors`, async () => {
        for (const width of widths) {
          // axe is the test's own script, not the site's: its page skips the content policy (tested below).
          const {page, errors, close} = await open(url, {width, scheme, bypassCSP: true});
          expect(await axeViolations(page), `${url} at ${width}px, ${scheme}`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${url} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
          expect(errors, `${url} at ${width}px`).toEqual([]);
          await page.screenshot({path: join(screenshots, `${slug(url)}-${width}-${scheme}.png`), fullPage: true});
          await close();
        }
      });
    }
  }
});

describe("every page under its own content policy", () => {
  for (const url of urls) {
    it(`${url} loads with its _headers policy and breaks none of it (its scripts run, nothing is refused)`, async () => {
      const context = await chrome.browser.newContext({viewport: {width: 320, height: 900}});
      const page = await context.newPage();
      // Recorded from before any of the page's own code runs; an init script is not subject to the page's policy.
      await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => ((window as unknown as {violations: string[]}).violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`)));
      const response = await page.goto(chrome.url + url, {waitUntil: "load"});
      expect(response!.headers()["content-security-policy"], url).toContain("script-src 'self'");
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as {violations?: string[]}).violations ?? []), url).toEqual([]);
      await context.close();
    });
  }
});

describe("every page without JavaScript", () => {
  for (const url of urls) {
    it(`${url} shows the same text and charts with JavaScript off as on`, async () => {
      const on = await open(url, {width: 1280, scheme: "light"});
      const off = await open(url, {width: 1280, scheme: "light", javaScript: false});
      const read = (page: Page) => page.evaluate(() => ({
        text: document.body.innerText.replace(/Copy the code|Copied/g, "").replace(/\s+/g, " ").trim(),
        charts: [...document.querySelectorAll("svg.chart-svg")].filter((svg) => svg.getBoundingClientRect().width > 0).length,
      }));
      const [withJs, withoutJs] = [await read(on.page), await read(off.page)];
      expect(withoutJs).toEqual(withJs);
      await on.close();
      await off.close();
    });
  }
});

// The first page (not an embed) that shows a chart's data table, found in the built site.
const tablePage = [...pages(dist)].filter(([url, html]) => !url.startsWith("/embed/") && html.includes('class="chart-data"')).map(([url]) => url).sort()[0];

describe("keyboard", () => {
  it("a keyboard user reaches the skip link first, and sees where the focus is", async () => {
    const {page, close} = await open("/", {width: 1280, scheme: "light"});
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusVisible).not.toBe("none");
    await close();
  });

  for (const url of tablePage ? [tablePage] : []) it(`on ${url}, a keyboard user can open a chart's data table and scroll it`, async () => {
    const {page, close} = await open(url, {width: 1280, scheme: "light"});
    // Tab until the first "Show the data" summary has focus, then open it with Enter.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.textContent === "Show the data behind this chart")) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Show the data behind this chart");
    await page.keyboard.press("Enter");
    expect(await page.locator("details.chart-data").first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("region");
    await close();
  });
});
