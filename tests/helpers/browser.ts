import {createServer, type Server} from "node:http";
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

/** Serves a built site from 127.0.0.1 on a free port, in this process. */
export async function serve(dist: string): Promise<{url: string; close: () => Promise<void>}> {
  const handler = sirv(dist, {dev: true, etag: false});
  const server: Server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end("not found");
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
