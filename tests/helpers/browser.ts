import {existsSync, readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {join} from "node:path";
import type {AddressInfo} from "node:net";
import {chromium, type Browser} from "playwright-core";
import sirv from "sirv";

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
