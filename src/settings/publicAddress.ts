import {readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {settingsFile} from "./settings.ts";

/**
 * Where the built site will be served, for astro.config.mjs: SITE_URL and SITE_BASE
 * when set (one build, such as a preview), else the `url` in data/site.json, whose
 * path is the sub-folder. Never throws: a broken settings file is reported by the
 * content check, and the build stops there.
 */
export function publicAddress(root: string, env: NodeJS.ProcessEnv = process.env): {site?: string; base: string} {
  if (env.SITE_URL) return {site: env.SITE_URL, base: env.SITE_BASE ?? "/"};
  let url: URL | undefined;
  try {
    const {url: address} = JSON.parse(readFileSync(join(root, settingsFile), "utf8")) as {url?: unknown};
    if (typeof address === "string") url = new URL(address.trim());
  } catch {
    // no settings file, broken JSON or no address: built without one
  }
  if (!url || !/^https?:$/.test(url.protocol)) return {base: env.SITE_BASE ?? "/"};
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return {site: url.origin, base: env.SITE_BASE ?? path};
}

let kept: {key: string; address: {site?: string; base: string}} | undefined;

/**
 * The address this process builds for, outside Astro's bundle (npm run check, the
 * build's integrations), where import.meta.env is not set. Read again only when
 * data/site.json or the environment changes.
 */
export function currentAddress(root = process.cwd()): {site?: string; base: string} {
  let stamp = "";
  try {
    const {size, mtimeMs, ino} = statSync(join(root, settingsFile));
    stamp = `${size}:${mtimeMs}:${ino}`;
  } catch {
    // no settings file
  }
  const key = `${root}\0${stamp}\0${process.env.SITE_URL ?? ""}\0${process.env.SITE_BASE ?? ""}`;
  if (kept?.key !== key) kept = {key, address: publicAddress(root)};
  return kept.address;
}
