import {createHash} from "node:crypto";

/**
 * The inline scripts of a page (copy buttons, embed resizing, the theme switch)
 * as Content-Security-Policy hashes: the policy allows exactly these and no
 * other inline script. JSON-LD and other data blocks are not scripts and need none.
 */
export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(attributes) || /\btype\s*=\s*"?application\/(ld\+)?json/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes].sort();
}

/** The policy of one page: only this site's files, its own inline scripts by hash, and who may frame it. */
export function contentSecurityPolicy(hashes: readonly string[], framing: "none" | "any", wasm = false): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ""}${hashes.length ? ` ${hashes.join(" ")}` : ""}`,
    // Charts carry presentation attributes and a few style attributes (Plot's output); no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    // A story may show an image from another https site; charts are inline SVG.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing === "any" ? "*" : "'none'"}`,
  ].join("; ");
}

/** A page, for its rule in _headers. */
export interface FramedPage {
  /** Its address on the host, with the site's base path: /transport/embed/x/. */
  path: string;
  /** The hashes of its inline scripts. */
  hashes: readonly string[];
  /** It runs WebAssembly (the search page, whose index is Pagefind's). */
  wasm?: boolean;
  /** An embed page, which any site may frame. */
  embed?: boolean;
}

/**
 * The site's headers, as a `_headers` file (Netlify, Cloudflare Pages and
 * others): on every page a Content-Security-Policy with no 'unsafe-inline'
 * for scripts, nosniff and a referrer policy; embed pages may be framed by any
 * site, every other page by none. Rules are listed per path, not as a
 * catch-all with an exception, because some hosts merge every matching rule and
 * cannot remove a header again.
 */
export function framingHeaders(pages: readonly FramedPage[]): string {
  const rule = (path: string, headers: string[]) => `${path}\n${headers.map((header) => `  ${header}`).join("\n")}\n`;
  const common = ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"];
  const headersOf = ({hashes, wasm, embed}: FramedPage) =>
    embed
      ? [`Content-Security-Policy: ${contentSecurityPolicy(hashes, "any", wasm)}`, ...common]
      : ["X-Frame-Options: DENY", `Content-Security-Policy: ${contentSecurityPolicy(hashes, "none", wasm)}`, ...common];
  return [
    "# Generated at build time by src/embed/framingHeaders.ts: a strict policy on every page; embeds may be framed anywhere, other pages nowhere.",
    // Files that are not pages (downloads, embed.js, feeds) are never sniffed as another type.
    rule("/*", common),
    ...pages.flatMap((page) => [rule(page.path, headersOf(page)), ...(page.path === "/" || !page.path.endsWith("/") ? [] : [rule(page.path.replace(/\/$/, ""), headersOf(page))])]),
  ].join("\n");
}
