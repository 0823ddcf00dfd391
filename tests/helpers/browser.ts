import {existsSync, mkdirSync, readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {join} from "node:path";
import type {AddressInfo} from "node:net";
import axe from "axe-core";
import {chromium, type Browser, type Page} from "playwright-core";
import sirv from "sirv";
import {afterAll, beforeAll} from "vitest";
import {root} from "./project.ts";

/** Where browser tests put their screenshots and PDFs, to look at (not compared). */
export const screenshots = join(root, "tests/screenshots");

/** Debian's Chromium (installed by .ci/run); Playwright never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The rules of a `_headers` file (Netlify and Cloudflare Pages format): path pattern → headers. */
export function readHeaders(file: string): {pattern: RegExp; headers: [string, string][]}[] {
  if (!existsSync(file)) return [];
  const rules: {pattern: RegExp; headers: [string, string][]}[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({pattern: new RegExp(`^${escaped}$`), headers: []});
    } else {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1)?.headers.push([name!.trim(), value.join(":").trim()]);
    }
  }
  return rules;
}

/** Serves a built site from 127.0.0.1 on a free port, in this process, with the headers its `_headers` file asks for. */
export async function serve(dist: string): Promise<{url: string; close: () => Promise<void>}> {
  const handler = sirv(dist, {dev: true, etag: false});
  const rules = readHeaders(join(dist, "_headers"));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}

/**
 * Opens a page of a served site in a context of its own, recording console errors,
 * page errors, content-policy violations, failed requests, error responses and the
 * path of every request.
 */
export async function openPage(browser: Browser, site: string, url: string, options: {width?: number; scheme?: "light" | "dark"; javaScript?: boolean; bypassCSP?: boolean} = {}): Promise<{page: Page; errors: string[]; requests: string[]; close: () => Promise<void>}> {
  const context = await browser.newContext({viewport: {width: options.width ?? 1280, height: 900}, colorScheme: options.scheme ?? "light", javaScriptEnabled: options.javaScript ?? true, bypassCSP: options.bypassCSP ?? false});
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`content policy: ${event.violatedDirective} ${event.blockedURI}`)));
  page.on("console", (message) => message.type() === "error" && errors.push(`console: ${message.text()}`));
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`failed: ${request.url()}`));
  page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(site + url, {waitUntil: "load"});
  return {page, errors, requests, close: () => context.close()};
}

/**
 * For one test file: serves the built site at `dist` and launches Chromium
 * before its tests (and makes the screenshots folder), and closes both after
 * them. The browser and the site's address are there once the tests run; `open`
 * is openPage on that site.
 */
export function servedInChromium(dist: string): {browser: Browser; url: string; open: (url: string, options?: Parameters<typeof openPage>[3]) => ReturnType<typeof openPage>} {
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  const session = {
    browser: undefined as unknown as Browser,
    url: "",
    open: (url: string, options?: Parameters<typeof openPage>[3]) => openPage(session.browser, session.url, url, options),
  };
  beforeAll(async () => {
    mkdirSync(screenshots, {recursive: true});
    site = await serve(dist);
    session.url = site.url;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await site?.close();
  });
  return session;
}

/** WCAG 2.2 AA and best practice, as axe-core checks them. */
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe-core's violations on a page, one line each (rule, help, count, first targets).
 * axe is the test's own script, not the site's: open the page with bypassCSP.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axe.source});
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as {axe: typeof axe}).axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, axeTags);
}
