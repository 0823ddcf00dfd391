import {absoluteUrl, siteUrl} from "../lib/absoluteUrl.ts";

/**
 * A site path as a data package path: relative to datapackage.json, which sits
 * at the site's root (below its base path), so "/downloads/x.csv" is
 * "downloads/x.csv". Frictionless reads a relative path against the
 * descriptor's own address, so the package works from any address the site is
 * served at, and from a copy on disk; it forbids "/" and "../" paths.
 */
export function packagePath(path: string): string {
  return path.replace(/^\/+/, "");
}

/** A site path as an address for a reader to follow: absolute when the site's address is known, else relative to the package. */
export function packageLink(path: string): string {
  return siteUrl() ? absoluteUrl(path) : packagePath(path);
}
