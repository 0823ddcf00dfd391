import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser, serve} from "../helpers/browser.ts";
import {measureCharts} from "../helpers/measureCharts.ts";
import {pages} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

const dist = join(root, "dist");
// Every page that shows a chart (stories and embed pages), found in the built site itself.
const chartPages = [...pages(dist)].filter(([, html]) => html.includes('class="chart-svg"')).map(([url]) => url).sort();

let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serve(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("every chart on every page, in Chromium", () => {
  it("the site has pages with charts to measure", () => {
    expect(chartPages.length).toBeGreaterThan(0);
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const width of [320, 1280]) {
      it(`at ${width} px (${scheme}), chart text is at least 11 px, inside the chart, not overlapping, and text and marks have enough contrast`, async () => {
        const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: scheme, javaScriptEnabled: false});
        const page = await context.newPage();
        for (const url of chartPages) {
          await page.goto(`${site.url}${url}`);
          const reports = await page.evaluate(measureCharts);
          expect(reports.length, url).toBeGreaterThan(0);
          for (const report of reports) {
            expect(report.smallestText, `${url} ${report.chart}`).toBeGreaterThanOrEqual(11);
            expect(report, url).toEqual({...report, outside: [], overlaps: [], lowContrastMarks: [], lowContrastText: []});
          }
        }
        await context.close();
      });
    }
  }
});
