import {copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, type Dirent} from "node:fs";
import {join, relative, sep} from "node:path";
import type {ChartSpec, Needs} from "../charts/chart.ts";
import {figuresIn} from "../charts/chart.ts";
import {figureToken} from "../data/fillFigures.ts";
import type {Data} from "../data/loadData.ts";
import {linkAddress} from "../lib/absoluteUrl.ts";
import {codeVersion as libVersion, packageVersion} from "../lib/codeVersion.ts";
import {sha256} from "../lib/sha256.ts";
import {writeWhole, writeWholeAsync, writeWholeLater} from "../lib/writeWhole.ts";
import {MadeIndex} from "./madeIndex.ts";
import type {RenderedPanel} from "./renderChart.ts";

/** Where the cache keeps the stamps of the files last published (publishBytesAt). */
const checkedFile = "published-stamps.json";
/** Where it keeps what each chart file's and picture's inputs made (MadeIndex). */
const madeFile = "made.json";

/**
 * A file's inode, size and date of its last write, to the nanosecond: any write into it, or another file in
 * its place, changes it. (Not its ctime, which a link to it made or removed, as each build does, changes too.)
 */
function stampOf(file: string): string {
  const {ino, size, mtimeNs} = statSync(file, {bigint: true});
  return `${ino}:${size}:${mtimeNs}`;
}

/**
 * What a chart's drawing depends on in data/: its spec (words and fields), the
 * rows and figures it reads (by its type's `needs`, and the figures its words
 * print), the names of the sources it cites, and the site's number settings. Two builds with the same key draw the
 * same chart.
 */
export function chartInputKey(spec: ChartSpec, needs: Needs, data: Data, citedSources: readonly string[] = []): string {
  const {id, type, title, subtitle, notes, fields} = spec;
  const wordFigures = [...JSON.stringify([title, subtitle, notes, fields]).matchAll(figureToken)].map((m) => m[1]!);
  const inputs = {
    spec: {id, type, title, subtitle, notes, fields},
    figures: [...(needs.figures ?? []), ...wordFigures].map((figureId) => data.figures.get(figureId) ?? null),
    factFiles: (needs.factFiles ?? []).map((file) => figuresIn(data, file)),
    datasets: (needs.datasets ?? []).map((name) => data.datasets.get(name) ?? null),
    timelines: (needs.timelines ?? []).map((name) => data.timelines.get(name) ?? null),
    // The sources it cites, as it names them: a change to another source is no change to this chart.
    sources: [...new Set(citedSources)].sort().map((sourceId) => {
      const source = data.sources.get(sourceId);
      return source ? [sourceId, source.outlet, source.file] : [sourceId];
    }),
    settings: data.settings,
  };
  return sha256(JSON.stringify(inputs));
}

/**
 * The version of what draws a chart: the drawing code's text (chart types,
 * renderer, number formats), Plot's and the server DOM's versions, so a dev
 * server never serves a drawing from older code.
 */
export function codeVersion(): string {
  return sha256(`${libVersion(["charts", "render", "format"])} plot ${packageVersion("@observablehq/plot")} linkedom ${packageVersion("linkedom")}`);
}

/**
 * The key of one rendering: the chart's inputs, the code that draws it, where on a page it goes
 * (ids), the layouts' widths, and the site's address (a timeline links its events to source pages).
 */
export function renderKey(inputKey: string, scope: string, widths: Readonly<Record<string, number>>, code = codeVersion(), address = linkAddress()): string {
  return sha256(JSON.stringify({inputKey, scope, widths, code, address}));
}

/**
 * A chart's drawings on disk, one file per key, so a build draws again only
 * the charts whose inputs, code or layout changed. An entry that is unreadable,
 * for another key, or whose contents do not match their checksum is ignored
 * (and replaced), never served.
 */
export class ChartCache {
  hits = 0;
  misses = 0;
  private readonly folder: string;
  // Drawings used in this process: a story, its embed page and its downloads show the same drawing.
  private readonly recent = new Map<string, RenderedPanel[]>();
  // Every entry this process looked for, read or wrote: what pruneUnused keeps.
  private readonly used = new Set<string>();
  // Files stamped after this are kept by pruneUnused: another process may have written them. A file
  // system stamps files by a coarser clock than Date.now() (a file written just after the start can be
  // stamped a few milliseconds before it; some file systems keep whole seconds, FAT two), hence the margin.
  // Keeping an unused file a build longer costs nothing.
  private readonly keepFrom = Date.now() - 2_000;
  private readonly madeIndex: MadeIndex;
  constructor(folder: string) {
    this.folder = folder;
    this.madeIndex = new MadeIndex(join(folder, madeFile));
  }

  private file(key: string) {
    return this.mark(join(this.folder, key.slice(0, 2), `${key}.json`));
  }

  private mark(file: string): string {
    this.used.add(file);
    return file;
  }

  /**
   * Deletes the entries this process never looked for that are older than it:
   * after a whole build, the drawings and PNGs of charts, words and settings
   * no page shows any more (each correction makes new ones), so the cache
   * stays the size of the site. Also deletes what a process that was stopped
   * left half-written. Entries another process wrote since this one started
   * are kept; a published file is a link of its own and keeps its bytes.
   * Returns how many files were deleted.
   */
  pruneUnused(): number {
    let removed = 0;
    const visit = (folder: string) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(folder, {withFileTypes: true});
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (!this.used.has(path.replace(/\.sha256$/, ""))) {
          try {
            if (statSync(path).mtimeMs >= this.keepFrom) continue;
            rmSync(path, {force: true});
            removed++;
          } catch {
            // Gone already, or not ours to delete: left.
          }
        }
      }
    };
    visit(this.folder);
    return removed;
  }

  get(key: string): RenderedPanel[] | undefined {
    const file = this.file(key);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, "utf8")) as {key?: unknown; check?: unknown; panels?: unknown};
      if (entry.key !== key || !Array.isArray(entry.panels) || entry.check !== sha256(JSON.stringify(entry.panels))) return undefined;
      return entry.panels as RenderedPanel[];
    } catch {
      return undefined;
    }
  }

  set(key: string, panels: RenderedPanel[]): void {
    writeWholeLater(this.file(key), JSON.stringify({key, check: sha256(JSON.stringify(panels)), panels}));
  }

  /** Where bytes made from `input` by `maker` are kept (whether or not they are yet). */
  bytesFile(input: string, maker: string) {
    const key = sha256(`${maker}\n${input}`);
    return this.mark(join(this.folder, "files", key.slice(0, 2), key));
  }

  /** Whether bytes are kept at `file` (a bytesFile; checked against their hash when read). */
  hasBytesAt(file: string): boolean {
    return existsSync(file);
  }

  /**
   * Bytes made from `input` by `maker` (a PNG from its SVG, by resvg at a
   * scale), if kept and matching the hash stored beside them; else undefined.
   */
  readBytes(input: string, maker: string): Buffer | undefined {
    return this.readBytesAt(this.bytesFile(input, maker));
  }

  /** The bytes kept at `file` (a bytesFile), if they match the hash stored beside them; else undefined. */
  readBytesAt(file: string): Buffer | undefined {
    this.mark(file);
    try {
      const data = readFileSync(file);
      if (readFileSync(`${file}.sha256`, "utf8") === sha256(data)) {
        this.hits++;
        return data;
      }
    } catch {
      // Not kept yet, or unreadable: to be made.
    }
    this.misses++;
    return undefined;
  }

  /**
   * Puts the bytes kept at `file` (a bytesFile) at `target`, if they match the
   * hash stored beside them: as a hard link, which writes no bytes (a cache file
   * is only ever replaced by a rename, never written into, so the target never
   * changes with it), or as a copy where the two are on different disks.
   * False, and nothing at `target`, when they are not kept or do not match.
   * A file whose stamp (inode, size, date to the nanosecond) is the one it had
   * when an earlier build checked and published it is not read again: any
   * write into it, or a new file in its place, changes the stamp.
   */
  publishBytesAt(file: string, target: string): boolean {
    this.mark(file);
    try {
      if (this.checkedStamps().get(file) !== stampOf(file) && readFileSync(`${file}.sha256`, "utf8") !== sha256(readFileSync(file))) throw new Error("does not match its hash");
    } catch {
      this.misses++;
      return false;
    }
    rmSync(target, {force: true});
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
    // Dated now: a kept PNG may be older than the one it replaces in dist/, and tools that upload what is
    // newer (aws s3 sync) must see it. (A download linked unchanged from the last build keeps its date.)
    const now = new Date();
    utimesSync(target, now, now);
    this.checkedNow.set(file, stampOf(file));
    this.hits++;
    return true;
  }

  // The stamps of the files the last build published (checked then), and of those this one published.
  private checked: Map<string, string> | undefined;
  private readonly checkedNow = new Map<string, string>();

  private checkedStamps(): Map<string, string> {
    if (!this.checked) {
      this.checked = new Map();
      try {
        const saved = JSON.parse(readFileSync(this.mark(join(this.folder, checkedFile)), "utf8")) as unknown;
        if (saved && typeof saved === "object") for (const [name, stamp] of Object.entries(saved)) if (typeof stamp === "string") this.checked.set(join(this.folder, name), stamp);
      } catch {
        // None yet, or unreadable: every file is checked against its hash.
      }
    }
    return this.checked;
  }

  /**
   * What `key`, a hash of some inputs, made last time: the SHA-256 of what it
   * made and, for a picture, where its PNG is kept (a bytesFile, still checked
   * against its hash when published); undefined if unknown.
   */
  made(key: string): {hash: string; png?: string} | undefined {
    const made = this.madeIndex.get(key);
    return made && {hash: made.hash, ...(made.png && {png: this.mark(join(this.folder, made.png))})};
  }

  /** Notes, for the next build, what `key` made: its SHA-256, and for a picture the bytesFile its PNG is kept at. */
  keepMade(key: string, made: {hash: string; png?: string}): void {
    this.madeIndex.set(key, {hash: made.hash, ...(made.png && {png: relative(this.folder, made.png).split(sep).join("/")})});
  }

  /**
   * Keeps the stamps of the files this process checked and published, and
   * what it made from which inputs, for the next build. Like any cache file, one that
   * cannot be written is no failure: the next build checks every hash again.
   */
  saveChecked(): void {
    this.mark(join(this.folder, madeFile));
    this.madeIndex.save();
    const stamps = Object.fromEntries([...this.checkedNow].map(([file, stamp]) => [relative(this.folder, file), stamp]));
    try {
      writeWhole(this.mark(join(this.folder, checkedFile)), JSON.stringify(stamps));
    } catch {
      // A full or read-only disk: nothing kept.
    }
  }

  /** Keeps bytes made from `input` by `maker`, with their hash (the hash last: bytes without one are never served). */
  async writeBytes(input: string, maker: string, data: Buffer): Promise<void> {
    await this.writeBytesAt(this.bytesFile(input, maker), data);
  }

  /** Keeps `data` at `file` (a bytesFile), with its hash beside it: for a caller that need not hold the input meanwhile. */
  async writeBytesAt(file: string, data: Buffer): Promise<void> {
    this.mark(file);
    await writeWholeAsync(file, data);
    await writeWholeAsync(`${file}.sha256`, sha256(data));
  }

  /**
   * The drawing for `key`: from memory if this process used it already, else from disk when there is a
   * good one, else drawn now and kept.
   */
  through(key: string, draw: () => RenderedPanel[]): RenderedPanel[] {
    const cached = this.recent.get(key) ?? this.get(key);
    if (cached) {
      this.hits++;
      this.remember(key, cached);
      return cached;
    }
    this.misses++;
    const panels = draw();
    this.set(key, panels);
    this.remember(key, panels);
    return panels;
  }

  // A long dev session's superseded drawings are let go once there are many.
  private remember(key: string, panels: RenderedPanel[]): void {
    if (this.recent.size >= 20_000) this.recent.clear();
    this.recent.set(key, panels);
  }
}
