import {readFileSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "../lib/paths.ts";
import {settingsFile, siteAddress} from "./settings.ts";

/** A base path as Astro uses it: one leading and one trailing slash, no repeated ones (pr-12 → /pr-12/). */
export function normalBase(base: string): string {
  return `/${base}/`.replace(/\/{2,}/g, "/");
}

/**
 * Where the built site will be served, for astro.config.mjs: SITE_URL and SITE_BASE
 * when set (one build, such as a preview), else the `url` in data/site.json, whose
 * path is the sub-folder. The settings' address is read by the same rule the check
 * applies (siteAddress); an address the check rejects is left out here, and the
 * check stops the build. Never throws.
 */
export function publicAddress(root: string = projectRoot(), env: NodeJS.ProcessEnv = process.env): {site?: string; base: string} {
  const override = env.SITE_BASE === undefined ? undefined : normalBase(env.SITE_BASE);
  if (env.SITE_URL) {
    const site = siteAddress.safeParse(env.SITE_URL);
    if (site.success) return {site: new URL(site.data).origin, base: override ?? new URL(site.data).pathname};
  }
  let address: unknown;
  try {
    address = (JSON.parse(readFileSync(join(root, settingsFile), "utf8")) as {url?: unknown}).url;
  } catch {
    // no settings file, or broken JSON: built without an address
  }
  const url = siteAddress.safeParse(address);
  if (!url.success) return {base: override ?? "/"};
  return {site: new URL(url.data).origin, base: override ?? new URL(url.data).pathname};
}

const kept = new Map<string, {site?: string; base: string}>();

/**
 * The address this process builds for, outside Astro's bundle (npm run check, the
 * build's integrations), where Vite's environment (viteEnv.ts) is not set. Read once per project
 * and environment: like astro.config.mjs, which reads it once, a running dev server
 * takes a new address when restarted. (href() asks for it thousands of times a build.)
 */
export function currentAddress(root = projectRoot()): {site?: string; base: string} {
  const key = `${root}\0${process.env.SITE_URL ?? "\u0001"}\0${process.env.SITE_BASE ?? "\u0001"}`;
  let address = kept.get(key);
  if (!address) kept.set(key, (address = publicAddress(root)));
  return address;
}
