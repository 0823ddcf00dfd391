/**
 * robots.txt (RFC 9309): every crawler may fetch every page, embed pages included,
 * since a crawler must fetch an embed page to read its `noindex` (a page it may
 * not fetch can still be listed from links to it). Names the sitemap when its
 * absolute address is known (the Sitemap line must be absolute).
 */
export function robotsTxt(sitemapAddress?: string): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (sitemapAddress) lines.push("", `Sitemap: ${sitemapAddress}`);
  return `${lines.join("\n")}\n`;
}
