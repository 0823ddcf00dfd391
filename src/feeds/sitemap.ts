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
 * @throws past 50,000 pages, which one sitemap file may not list
 */
export function sitemap(pages: readonly ReaderPage[], root: string): string {
  if (pages.length > sitemapLimit) throw new Error(`a sitemap lists at most ${sitemapLimit} addresses; this site has ${pages.length} pages`);
  const urls = pages.map((page) => `  <url><loc>${escapeXml(addressIn(root, page.path))}</loc>${page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ""}</url>`);
  return [`<?xml version="1.0" encoding="utf-8"?>`, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...urls, `</urlset>`, ""].join("\n");
}
