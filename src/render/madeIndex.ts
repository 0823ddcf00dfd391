import {readFileSync} from "node:fs";
import {sha256} from "../lib/sha256.ts";
import {writeWhole} from "../lib/writeWhole.ts";

/** What a build made from one set of inputs. */
export interface Made {
  /** The SHA-256 of what was made: a chart's download or oEmbed document, a picture's SVG (a card's version is its first 12 digits). */
  hash: string;
  /** For a picture, its PNG: a bytesFile of the render cache, relative to its folder. */
  png?: string;
}

const isMade = (value: unknown): value is Made => {
  if (!value || typeof value !== "object") return false;
  const {hash, png} = value as Record<string, unknown>;
  return typeof hash === "string" && /^[0-9a-f]{64}$/.test(hash) && (png === undefined || (typeof png === "string" && /^files\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(png)));
};

/**
 * What a build made last time from each set of inputs, by a key of those
 * inputs: the hash of a chart's CSV, SVG or oEmbed document, a picture's PNG
 * and the hash of its SVG. A rebuild then finds what is unchanged without
 * making it again (making a card's SVG costs as much as drawing its chart):
 * a download the last build published with that hash is linked from it, a PNG
 * is taken from the render cache. One file, read once per build: its first
 * line is the checksum of the rest, and a file that does not match it, or an
 * entry of the wrong shape, is ignored (all is then made again, as without an
 * index). It keeps only what the last build asked for, so it stays the size of the site.
 */
export class MadeIndex {
  private readonly file: string;
  private last: Map<string, Made> | undefined;
  private readonly now = new Map<string, Made>();
  constructor(file: string) {
    this.file = file;
  }

  private read(): Map<string, Made> {
    if (this.last) return this.last;
    this.last = new Map();
    try {
      const text = readFileSync(this.file, "utf8");
      const newline = text.indexOf("\n");
      const body = text.slice(newline + 1);
      if (newline < 0 || text.slice(0, newline) !== sha256(body)) return this.last;
      const entries = JSON.parse(body) as unknown;
      if (entries && typeof entries === "object") for (const [key, made] of Object.entries(entries)) if (isMade(made)) this.last.set(key, made);
    } catch {
      // None yet, or unreadable: everything is made.
    }
    return this.last;
  }

  /** What `key` made last time (or earlier in this build), if known; kept for the next build. */
  get(key: string): Made | undefined {
    const made = this.now.get(key) ?? this.read().get(key);
    if (made) this.now.set(key, made);
    return made;
  }

  /** Notes what `key` made. */
  set(key: string, made: Made): void {
    if (!isMade(made)) throw new Error(`not a record of something made: ${JSON.stringify(made)}`);
    this.now.set(key, made);
  }

  /** Writes what this build asked for and made, for the next. A disk that cannot take it is no failure: the next build makes all again. */
  save(): void {
    const body = JSON.stringify(Object.fromEntries(this.now));
    try {
      writeWhole(this.file, `${sha256(body)}\n${body}`);
    } catch {
      // Full or read-only: nothing kept.
    }
  }
}
