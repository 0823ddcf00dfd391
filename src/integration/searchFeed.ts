import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {breather} from "../lib/breather.ts";
import {builtFile} from "../lib/pagePath.ts";
import type {KeptPage} from "./keptPages.ts";

/** Where the search index sends a page: its path in the build ("story/index.html") and what of it readers search. */
export interface SearchSink {
  add(sourcePath: string, content: string): Promise<void> | undefined;
}

/** Which pages readers search: by path alone, whether a page can be one; by its HTML, what of it is searched (undefined: none). */
export interface Searchable {
  path(path: string): boolean;
  content(path: string, html: string): string | undefined;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("base64");

/**
 * What a build sends the search index: every page readers search, once. A
 * page Astro renders is sent as it is rendered; a page Astro copies from the
 * last build (its key unchanged: keptPages) is sent from that copy as soon as
 * the build knows it, while the others are rendered, so the index is not left
 * to the end. Once all pages are written, `finish` reads back any searchable
 * page that was not sent; and if a page was sent as kept but then rendered
 * differently (Astro rendered what the keys said it would copy), the index is
 * made again from the pages as written: it never holds a page as it no longer is.
 */
export class SearchFeed {
  // What each page sent (by its path under the base, "/story/") was: a hash of its searchable content, or "" for a page with none.
  private readonly sent = new Map<string, string>();
  // Pages kept from the last build and not yet sent: their copies.
  private readonly waiting = new Map<string, string>();
  private twice = false;
  private readonly searchable: Searchable;
  private readonly index: SearchSink;
  constructor(index: SearchSink, searchable: Searchable) {
    this.index = index;
    this.searchable = searchable;
  }

  /** A page as Astro rendered it; what it returns, the page waits for (when the index falls behind). */
  rendered(path: string, html: string): Promise<void> | undefined {
    this.waiting.delete(path);
    return this.send(path, html);
  }

  private send(path: string, html: string): Promise<void> | undefined {
    const content = this.searchable.content(path, html);
    const hash = content === undefined ? "" : sha1(content);
    const before = this.sent.get(path);
    if (before !== undefined) {
      // Sent already, from the last build's copy: the same page is not sent again; a different one means the index is wrong.
      if (before !== hash) this.twice = true;
      return undefined;
    }
    this.sent.set(path, hash);
    return content === undefined ? undefined : this.index.add(`${path.slice(1)}index.html`, content);
  }

  /** Sends the pages Astro is to copy from the last build (`kept`, whose paths are under the base already), from those copies, unless rendered first. */
  async sendKept(kept: readonly KeptPage[]): Promise<void> {
    for (const page of kept) if (!this.sent.has(page.pathname)) this.waiting.set(page.pathname, page.file);
    // A pause every few dozen pages read, so that the pages being rendered go on meanwhile.
    const pause = breather(32);
    for (const [path, file] of [...this.waiting]) {
      // Rendered meanwhile: sent as rendered.
      if (!this.waiting.delete(path)) continue;
      let html: string;
      try {
        html = readFileSync(file, "utf8");
      } catch {
        // Gone since: read back from the build once written (finish).
        continue;
      }
      await this.send(path, html);
      await pause();
    }
  }

  /**
   * Once every page is written into the build at `root` (`paths`: every page's path under the base): sends each
   * page not sent yet, read back. True if a page was sent in two forms: the caller then makes the index again with
   * `resend`.
   */
  async finish(root: string, paths: readonly string[]): Promise<boolean> {
    const pause = breather(32);
    for (const path of paths) {
      if (this.sent.has(path) || !this.searchable.path(path)) continue;
      const file = builtFile(root, path);
      if (!file.endsWith(".html") || !existsSync(file)) continue;
      await this.send(path, readFileSync(file, "utf8"));
      await pause();
    }
    return this.twice;
  }
}

/** Every page of a build, read back, sent to `index`: for an index made again (SearchFeed.finish). */
export async function resend(index: SearchSink, searchable: Searchable, root: string, paths: readonly string[]): Promise<void> {
  await new SearchFeed(index, searchable).finish(root, paths);
}
