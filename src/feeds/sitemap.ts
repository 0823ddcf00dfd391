import {escapeXml} from "./escapeXml.ts";
import {addressIn} from "./feedAddresses.ts";
import type {ReaderPage} from "./readerPages.ts";

/** The sitemaps.org protocol's limit of addresses in one file; past it a sitemap index is needed. */
export const sitemapLimit = 50_000;

/**
 * The reader pages as a sitemap (sitemaps.org protocol 0.9): each page's absolute
 * address under `root` (the public address with its base path, ending in "/") and,
 * when known, the day it last changed.
 *
 * @throws past `limit` pages (50,000), which one sitemap file may not list: see sitemapFiles
 */
export function sitemap(pages: readonly ReaderPage[], root: string, limit = sitemapLimit): string {
  if (pages.length > limit) throw new Error(`a sitemap lists at most ${limit} addresses; this site has ${pages.length} pages`);
  const urls = pages.map((page) => `  <url><loc>${escapeXml(addressIn(root, page.path))}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ""}</url>`);
  return [`<?xml version="1.0" encoding="utf-8"?>`, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...urls, `</urlset>`, ""].join("\n");
}

/**
 * The sitemap files of a site: `sitemap` alone, or, past `limit` pages, `sitemap`
 * as a sitemap index of `sitemap-1`, `sitemap-2`… of at most `limit` pages each,
 * every one dated by the latest change among its pages.
 */
export function sitemapFiles(pages: readonly ReaderPage[], root: string, limit = sitemapLimit): {name: string; body: string}[] {
  if (pages.length <= limit) return [{name: "sitemap", body: sitemap(pages, root, limit)}];
  const parts: ReaderPage[][] = [];
  for (let start = 0; start < pages.length; start += limit) parts.push(pages.slice(start, start + limit));
  const entries = parts.map((part, i) => {
    const lastmod = part.map((page) => page.lastmod ?? "").sort().at(-1);
    return `  <sitemap><loc>${escapeXml(addressIn(root, `/sitemap-${i + 1}.xml`))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</sitemap>`;
  });
  const index = [`<?xml version="1.0" encoding="utf-8"?>`, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...entries, `</sitemapindex>`, ""].join("\n");
  return [{name: "sitemap", body: index}, ...parts.map((part, i) => ({name: `sitemap-${i + 1}`, body: sitemap(part, root, limit)}))];
}
