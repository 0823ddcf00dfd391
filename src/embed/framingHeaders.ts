/**
 * The framing policy, as a `_headers` file (Netlify, Cloudflare Pages and
 * others): embed pages may be framed by any site; every other page by none.
 * Rules are listed per path, not as a catch-all with an exception, because some
 * hosts merge every matching rule and cannot remove a header again.
 */
export function framingHeaders(pages: readonly string[]): string {
  const embeds = pages.filter((page) => page.startsWith("/embed/"));
  const others = pages.filter((page) => !page.startsWith("/embed/"));
  const rule = (path: string, headers: string[]) => `${path}\n${headers.map((header) => `  ${header}`).join("\n")}\n`;
  const noFraming = ["X-Frame-Options: DENY", "Content-Security-Policy: frame-ancestors 'none'"];
  const anyFraming = ["Content-Security-Policy: frame-ancestors *"];
  return [
    "# Generated at build time by src/embed/framingHeaders.ts: embeds may be framed anywhere, other pages nowhere.",
    ...embeds.map((page) => rule(page, anyFraming)),
    ...others.flatMap((page) => [rule(page, noFraming), ...(page === "/" ? [] : [rule(page.replace(/\/$/, "") || "/", noFraming)])]),
  ].join("\n");
}
