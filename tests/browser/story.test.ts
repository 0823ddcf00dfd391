import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {screenshots, servedInChromium} from "../helpers/browser.ts";
import {root} from "../helpers/project.ts";
import {readSite} from "../../src/site.ts";

const chrome = servedInChromium(join(root, "dist"));

// Expectations come from the live content: each story, its charts and its headings.
const stories = readSite(root).stories;
// Print and table-of-contents behaviour are shown on the story with the most charts.
const showcase = [...stories].sort((a, b) => b.charts.length - a.charts.length)[0];

describe("every story in Chromium with JavaScript off", () => {
  for (const story of stories) for (const width of [320, 1280]) {
    it(`/${story.slug}/ shows each of its charts and all its text at ${width} px, without errors`, async () => {
      const context = await chrome.browser.newContext({javaScriptEnabled: false, viewport: {width, height: 900}});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      page.on("requestfailed", (request) => errors.push(`failed: ${request.url()}`));
      page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
      await page.goto(`${chrome.url}/${story.slug}/`);

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
      expect(charts.map((c) => c.id)).toEqual(story.charts);
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
      await page.screenshot({path: join(screenshots, `${story.slug}-nojs-${width}.png`), fullPage: true});
      await context.close();
    });
  }

  for (const story of showcase ? [showcase] : []) it(`/${story.slug}/ prints cleanly: no navigation, every chart in its wide layout, no data tables, link targets shown`, async () => {
    const context = await chrome.browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${chrome.url}/${story.slug}/`);
    await page.emulateMedia({media: "print"});
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector(".site-header")!).display,
      toc: document.querySelector(".toc") ? getComputedStyle(document.querySelector(".toc")!).display : "none",
      wide: [...document.querySelectorAll(".chart-wide")].map((e) => getComputedStyle(e).display),
      narrow: [...document.querySelectorAll(".chart-narrow")].map((e) => getComputedStyle(e).display),
      tables: [...document.querySelectorAll(".chart-data")].map((e) => getComputedStyle(e).display),
      linkTargets: [...document.querySelectorAll(".story-body a[href]:not(.fig):not(.quote), .chart-source a[href]")].map((a) => getComputedStyle(a, "::after").content),
    }));
    expect(printed.header).toBe("none");
    expect(printed.toc).toBe("none");
    expect(printed.wide.length).toBe(printed.narrow.length);
    expect(printed.wide.every((display) => display === "block")).toBe(true);
    expect(printed.narrow.every((display) => display === "none")).toBe(true);
    expect(printed.tables.every((display) => display === "none")).toBe(true);
    for (const target of printed.linkTargets) expect(target).toMatch(/^" \(" attr\(href\) "\)"$|\(\//);
    await page.pdf({path: join(screenshots, `${story.slug}-print.pdf`), format: "A4"});
    await context.close();
  });

  for (const story of stories) it(`/${story.slug}/ has a table of contents from four sections on, listing its sections and figure notes, each entry resolving`, async () => {
    const context = await chrome.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${chrome.url}/${story.slug}/`);
    const entries = await page.locator(".toc a").evaluateAll((links) => links.map((a) => ({text: a.textContent, target: !!document.getElementById(a.getAttribute("href")!.slice(1))})));
    const expected = story.headings.length >= 4 ? [...story.headings.map((h) => h.text), ...(story.notesHtml ? ["Where the numbers come from"] : [])] : [];
    expect(entries.map((e) => e.text)).toEqual(expected);
    expect(entries.every((e) => e.target)).toBe(true);
    await context.close();
  });
});
