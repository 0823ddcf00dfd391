import {readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {embedCode} from "../../src/embed/embedCode.ts";
import {readSite} from "../../src/site.ts";
import {launchBrowser, serve} from "../helpers/browser.ts";
import {parse} from "../helpers/dist.ts";
import {root} from "../helpers/project.ts";

let browser: Browser;
let site: {url: string; close: () => Promise<void>};
let host: Server;
let hostUrl = "";
const hostPages = new Map<string, string>();
const pym = readFileSync(join(root, "node_modules/pym.js/dist/pym.v1.min.js"), "utf8");
// Expectations come from the live content: its charts, stories and sources, whatever they are.
const content = readSite(root);
const charts = content.charts;

/** The embed code as a story page shows it to a newsroom, pointed at the test site's origin. */
function embedCodeFor(id: string): string {
  const story = content.stories.find((s) => s.charts.includes(id));
  // A chart no story places has no embed code shown; build the one the story would show.
  const html = story ? readFileSync(join(root, "dist", story.slug, "index.html"), "utf8") : "";
  const code = story ? parse(html).getElementById(`embed-code-${id}`)!.textContent! : embedCode(id, charts.get(id)!.title, 600);
  return code.replace(/(src=")\//g, `$1${site.url}/`);
}

beforeAll(async () => {
  site = await serve(join(root, "dist"));
  // A newsroom's page: another origin (another port), serving pages the tests write.
  host = createServer((req, res) => {
    const page = hostPages.get(req.url ?? "");
    if (req.url === "/pym.v1.min.js") res.writeHead(200, {"content-type": "text/javascript"}).end(pym);
    else if (page) res.writeHead(200, {"content-type": "text/html; charset=utf-8"}).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** A newsroom page that already runs pym.js and embeds the chart with pym.Parent. */
const pymArticle = (width: number, chart: string) =>
  article(width, "").replace('<div id="container" style="width:' + width + 'px"></div>', `<script src="/pym.v1.min.js"></script><div id="container" style="width:${width}px"></div><script>new pym.Parent("container", "${site.url}/embed/${chart}/", {title: "Chart"});</script>`);

const article = (width: number, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A newsroom article</title></head><body style="margin:0"><p>Article text.</p><div id="container" style="width:${width}px">${body}</div><p>More text.</p></body></html>`;

/** Waits for the iframe's height to settle, then compares it with the height of the page inside it. */
async function measure(page: Page): Promise<{frameHeight: number; contentHeight: number; innerScroll: boolean}> {
  const iframe = page.locator("#container iframe");
  await iframe.waitFor();
  let previous = -1;
  for (let i = 0; i < 40; i++) {
    const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    if (height === previous && height > 200) break;
    previous = height;
    await page.waitForTimeout(150);
  }
  const frame = (await iframe.elementHandle())!.contentFrame();
  const inner = await (await frame)!.evaluate(() => ({
    contentHeight: document.documentElement.getBoundingClientRect().height,
    innerScroll: document.documentElement.scrollHeight > window.innerHeight + 1 || document.documentElement.scrollWidth > window.innerWidth + 1,
  }));
  return {frameHeight: await iframe.evaluate((el) => el.getBoundingClientRect().height), ...inner};
}

describe("embedding a chart in another site's page", () => {
  for (const chart of charts.keys()) {
    for (const width of [320, 900]) {
      it(`${chart} at ${width} px with the site's embed code: the iframe is as tall as its content, with no inner scrollbar`, async () => {
        hostPages.set(`/own-${chart}-${width}`, article(width, embedCodeFor(chart)));
        const page = await browser.newPage();
        await page.goto(`${hostUrl}/own-${chart}-${width}`);
        const {frameHeight, contentHeight, innerScroll} = await measure(page);
        expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(3);
        expect(innerScroll).toBe(false);
        expect(await page.locator("#container iframe").getAttribute("title")).toBe(charts.get(chart)!.title);
        await page.close();
      });

      it(`${chart} at ${width} px with pym.js as the parent: pym resizes it from the page's own messages`, async () => {
        hostPages.set(`/pym-${chart}-${width}`, pymArticle(width, chart));
        const page = await browser.newPage();
        await page.goto(`${hostUrl}/pym-${chart}-${width}`);
        const {frameHeight, contentHeight, innerScroll} = await measure(page);
        expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(3);
        expect(innerScroll).toBe(false);
        await page.close();
      });
    }
  }

  // The page-level behaviours, shown with one of the site's charts (a site with none has nothing to embed).
  for (const chart of [...charts.keys()].slice(0, 1)) {
    it("the parent script ignores height messages that do not come from its iframe's window", async () => {
      hostPages.set("/spoof", article(600, embedCodeFor(chart)));
      const page = await browser.newPage();
      await page.goto(`${hostUrl}/spoof`);
      const before = await measure(page);
      await page.evaluate(() => window.postMessage({type: "chart-embed:height", height: 5000}, "*"));
      await page.waitForTimeout(300);
      const after = await page.locator("#container iframe").evaluate((el) => el.getBoundingClientRect().height);
      expect(after).toBe(before.frameHeight);
      await page.close();
    });

    it("embed.js frames only https: pages or its own site's: a javascript:, data: or other site's plain-http placeholder becomes no iframe and runs nothing", async () => {
      const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
      const hostile = ["javascript:window.pwned=1", "JaVaScRiPt:window.pwned=1", " javascript:window.pwned=1", "data:text/html,<script>parent.pwned=1</script>", "http://evil.example/embed/x/"];
      const placeholders = hostile.map((src) => `<div data-chart-embed="${attribute(src)}" data-title="x"></div>`).join("");
      hostPages.set("/hostile", article(600, `${placeholders}<div data-chart-embed="${site.url}/embed/${chart}/" data-title="ok"></div><script src="${site.url}/embed.js"></script>`));
      const page = await browser.newPage();
      await page.goto(`${hostUrl}/hostile`);
      await page.waitForTimeout(300);
      expect(await page.locator("iframe").evaluateAll((frames) => frames.map((f) => (f as HTMLIFrameElement).src))).toEqual([`${site.url}/embed/${chart}/`]);
      expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined();
      await page.close();
    });

    it("embed pages may be framed by any site; the site's other pages (home, sources) by none (the _headers policy)", async () => {
      hostPages.set("/frames", article(600, `<iframe id="embed" src="${site.url}/embed/${chart}/" title="embed"></iframe><iframe id="story" src="${site.url}/" title="story"></iframe><iframe id="source" src="${site.url}/sources/" title="source"></iframe>`));
      const page = await browser.newPage();
      await page.goto(`${hostUrl}/frames`);
      await page.waitForTimeout(500);
      // A page the browser refuses to frame is replaced by Chromium's own error page.
      const loaded = async (id: string) => {
        const frame = (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;
        return {url: frame.url(), title: await frame.evaluate(() => document.querySelector(".chart-title")?.textContent ?? "")};
      };
      const embed = await loaded("embed");
      expect(embed.url).toBe(`${site.url}/embed/${chart}/`);
      expect(embed.title).toBe(charts.get(chart)!.title);
      expect((await loaded("story")).url).toMatch(/^chrome-error:/);
      expect((await loaded("source")).url).toMatch(/^chrome-error:/);
      await page.close();
    });

    it("?theme=dark forces the dark scheme and ?theme=light the light one, whatever the reader's setting", async () => {
      const page = await browser.newPage({colorScheme: "light"});
      const background = async (query: string) => {
        await page.goto(`${site.url}/embed/${chart}/${query}`);
        return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      expect(await background("?theme=dark")).toBe("rgb(18, 20, 22)");
      await page.emulateMedia({colorScheme: "dark"});
      expect(await background("?theme=light")).toBe("rgb(255, 255, 255)");
      expect(await background("")).toBe("rgb(18, 20, 22)");
      await page.close();
    });

    it("the embed page shows its chart with JavaScript off, and its links open in the top window", async () => {
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(`${site.url}/embed/${chart}/`);
      expect(await page.locator("svg.chart-svg:visible").count()).toBe(charts.get(chart)!.panels.length);
      expect(await page.locator("header, nav, footer").count()).toBe(0);
      const targets = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("target")));
      expect(new Set(targets)).toEqual(new Set(["_top"]));
      await context.close();
    });
  }
});
