import {mkdirSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser, serve} from "../helpers/browser.ts";
import {root} from "../helpers/project.ts";
import {readSite} from "../../src/site.ts";

const screenshots = join(root, "tests/screenshots");
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  mkdirSync(screenshots, {recursive: true});
  site = await serve(join(root, "dist"));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the story in Chromium with JavaScript off", () => {
  for (const width of [320, 1280]) {
    it(`shows all three charts and all text at ${width} px, without errors`, async () => {
      const context = await browser.newContext({javaScriptEnabled: false, viewport: {width, height: 900}});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      page.on("requestfailed", (request) => errors.push(`failed: ${request.url()}`));
      page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
      await page.goto(`${site.url}/casey-review/`);

      const charts = await page.locator("figure.chart").evaluateAll((figures) =>
        figures.map((figure) => {
          const visible = [...figure.querySelectorAll("svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
          return {
            id: figure.getAttribute("data-chart"),
            visibleSvgs: visible.length,
            width: Math.round(visible[0]?.getBoundingClientRect().width ?? 0),
            texts: visible.reduce((n, svg) => n + svg.querySelectorAll("text").length, 0),
          };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual(readSite(root).stories.find((s) => s.slug === "casey-review")!.charts);
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        // One layout of each panel shows: the narrow one on a phone, the wide one on a laptop.
        expect(chart.visibleSvgs, chart.id!).toBeGreaterThanOrEqual(1);
        expect(chart.width, chart.id!).toBeGreaterThan(width < 400 ? 250 : 500);
        expect(chart.texts, chart.id!).toBeGreaterThan(0);
      }
      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator("main").innerText()).toContain("Where the numbers come from");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.screenshot({path: join(screenshots, `story-nojs-${width}.png`), fullPage: true});
      await context.close();
    });
  }

  it("prints cleanly: no navigation, every chart in its wide layout, no data tables, link targets shown", async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${site.url}/casey-review/`);
    await page.emulateMedia({media: "print"});
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector(".site-header")!).display,
      toc: document.querySelector(".toc") ? getComputedStyle(document.querySelector(".toc")!).display : "none",
      wide: [...document.querySelectorAll(".chart-wide")].map((e) => getComputedStyle(e).display),
      narrow: [...document.querySelectorAll(".chart-narrow")].map((e) => getComputedStyle(e).display),
      tables: [...document.querySelectorAll(".chart-data")].map((e) => getComputedStyle(e).display),
      linkTarget: getComputedStyle(document.querySelector(".chart-source a")!, "::after").content,
    }));
    expect(printed.header).toBe("none");
    expect(printed.toc).toBe("none");
    expect(new Set(printed.wide)).toEqual(new Set(["block"]));
    expect(new Set(printed.narrow)).toEqual(new Set(["none"]));
    expect(new Set(printed.tables)).toEqual(new Set(["none"]));
    expect(printed.linkTarget).toMatch(/^" \(" attr\(href\) "\)"$|\/sources\//);
    await page.pdf({path: join(screenshots, "story-print.pdf"), format: "A4"});
    await context.close();
  });

  it("the table of contents lists the story's sections and the figure notes, and each entry resolves", async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.url}/casey-review/`);
    const entries = await page.locator(".toc a").evaluateAll((links) => links.map((a) => ({text: a.textContent, target: !!document.getElementById(a.getAttribute("href")!.slice(1))})));
    const story = readSite(root).stories.find((s) => s.slug === "casey-review")!;
    expect(entries.map((e) => e.text)).toEqual([...story.headings.map((h) => h.text), "Where the numbers come from"]);
    expect(entries.every((e) => e.target)).toBe(true);
    await context.close();
  });
});
