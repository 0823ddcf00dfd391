import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchBrowser, serve} from "../helpers/browser.ts";
import {root} from "../helpers/project.ts";

let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serve(join(root, "dist"));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface ChartReport {
  chart: string;
  smallestText: number;
  outside: string[];
  overlaps: string[];
  lowContrastMarks: string[];
  lowContrastText: string[];
}

/** Measures, in the page, every visible chart SVG: text size, clipping, overlaps and contrast. */
function measureCharts(): ChartReport[] {
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const background = parse(getComputedStyle(document.body).backgroundColor);
  const blend = (color: number[], opacity: number) => color.slice(0, 3).map((c, i) => c * opacity + background[i]! * (1 - opacity));
  return [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")]
    .filter((svg) => svg.getBoundingClientRect().width > 0)
    .map((svg) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => t.textContent?.trim());
      const rects = texts.map((t) => ({label: t.textContent!.trim().slice(0, 40), r: t.getBoundingClientRect()}));
      const overlaps: string[] = [];
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) overlaps.push(`${a.label} / ${b.label}`);
      }));
      const marks = [...svg.querySelectorAll<SVGElement>("rect, path, line")].filter((m) => {
        const fill = m.getAttribute("fill") ?? m.closest("g")?.getAttribute("fill");
        const stroke = m.getAttribute("stroke") ?? m.closest("g")?.getAttribute("stroke");
        return [fill, stroke].some((c) => c === "#c8102e" || c === "#5f6b7a");
      });
      const lowContrastMarks = marks.flatMap((m) => {
        const style = getComputedStyle(m);
        const paint = style.fill !== "none" && !style.fill.startsWith("url") ? style.fill : style.stroke;
        const opacity = Number(style.fillOpacity) * Number(style.opacity);
        const ratio = contrast(blend(parse(paint), style.fill !== "none" ? opacity : 1), background);
        return ratio < 3 ? [`${m.tagName} ${paint} x${opacity}: ${ratio.toFixed(2)}`] : [];
      });
      const lowContrastText = texts.flatMap((t) => {
        const ratio = contrast(parse(getComputedStyle(t).fill), background);
        return ratio < 4.5 ? [`${t.textContent!.slice(0, 30)}: ${ratio.toFixed(2)}`] : [];
      });
      return {
        chart: `${svg.closest("figure")!.getAttribute("data-chart")} (${svg.getAttribute("aria-label")})`,
        smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
        outside: rects.filter(({r}) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1).map((t) => t.label),
        overlaps,
        lowContrastMarks: [...new Set(lowContrastMarks)],
        lowContrastText: [...new Set(lowContrastText)],
      };
    });
}

describe("charts in Chromium", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [320, 768, 1280]) {
      it(`at ${width} px (${scheme}), chart text is at least 11 px, inside the chart, not overlapping, and text and marks have enough contrast`, async () => {
        const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: scheme, javaScriptEnabled: false});
        const page = await context.newPage();
        await page.goto(`${site.url}/casey-review/`);
        const reports = await page.evaluate(measureCharts);
        expect(reports.length).toBeGreaterThanOrEqual(6);
        for (const report of reports) {
          expect(report.smallestText, report.chart).toBeGreaterThanOrEqual(11);
          expect(report).toEqual({...report, outside: [], overlaps: [], lowContrastMarks: [], lowContrastText: []});
        }
        await context.close();
      });
    }
  }
});
