import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser, serve} from "../helpers/browser.ts";
import {measureCharts} from "../helpers/measureCharts.ts";
import {pages} from "../helpers/dist.ts";
import {fixtureDistFile} from "../helpers/globalSetup.ts";
import {root} from "../helpers/project.ts";

// Every page that shows a chart, found in the built site itself: the live site's (stories and
// embeds), and the fixture's, whose charts cover every chart type whatever the live content uses.
const sites = {live: join(root, "dist"), fixture: readFileSync(fixtureDistFile, "utf8")};
const chartPages = (dist: string) => [...pages(dist)].filter(([, html]) => html.includes('class="chart-svg"')).map(([url]) => url).sort();

let browser: Browser;
const servers: Record<string, {url: string; close: () => Promise<void>}> = {};

beforeAll(async () => {
  for (const [name, dist] of Object.entries(sites)) servers[name] = await serve(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

describe("every chart on every page, in Chromium", () => {
  for (const [name, dist] of Object.entries(sites)) {
    it(`the ${name} site has pages with charts to measure`, () => {
      expect(chartPages(dist).length).toBeGreaterThan(0);
    });

    for (const scheme of ["light", "dark"] as const) {
      for (const width of [320, 1280]) {
        it(`${name} site at ${width} px (${scheme}): chart text is at least 11 px, inside the chart, not overlapping, and text and marks have enough contrast`, async () => {
          const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: scheme, javaScriptEnabled: false});
          const page = await context.newPage();
          for (const url of chartPages(dist)) {
            await page.goto(`${servers[name]!.url}${url}`);
            const reports = await page.evaluate(measureCharts);
            expect(reports.length, url).toBeGreaterThan(0);
            // However long a word in a title, label or note, the page never scrolls sideways.
            expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${url} scrolls sideways`).toBeLessThanOrEqual(0);
            for (const report of reports) {
              expect(report.smallestText, `${url} ${report.chart}`).toBeGreaterThanOrEqual(11);
              expect(report, url).toEqual({...report, outside: [], overlaps: [], lowContrastMarks: [], lowContrastText: []});
            }
          }
          await context.close();
        });
      }
    }
  }
});
