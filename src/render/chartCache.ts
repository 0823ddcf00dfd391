import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import type {ChartSpec, Needs} from "../charts/chart.ts";
import {figuresIn} from "../charts/chart.ts";
import {figureToken} from "../data/fillFigures.ts";
import type {Data} from "../data/loadData.ts";
import {projectRoot} from "../lib/paths.ts";
import type {RenderedPanel} from "./renderChart.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

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

/** The files of the code that draws a chart (chart types, renderer, number formats), in the project's own src/. */
function drawingCode(): string[] {
  // From the project's own src/ (this module may run bundled, elsewhere).
  const src = join(projectRoot(), "src");
  const files: string[] = [];
  for (const folder of ["charts", "render", "format"]) {
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".ts")) files.push(path);
      }
    };
    walk(join(src, folder));
  }
  return files;
}

/**
 * The version of what draws a chart: the drawing code's text, Plot's and the
 * server DOM's versions. Worked out again whenever a file of that code changes
 * (size or time), so a dev server never serves a drawing from older code.
 */
let memo: {stamp: string; version: string; checked: number} | undefined;
export function codeVersion(): string {
  // A build asks thousands of times a second; the files are looked at again at most twice a second.
  if (memo && performance.now() - memo.checked < 500) return memo.version;
  const files = drawingCode();
  const stamp = files.map((file) => {
    const {size, mtimeMs} = statSync(file);
    return `${file} ${size} ${mtimeMs}`;
  }).join("\n");
  if (memo?.stamp === stamp) {
    memo.checked = performance.now();
    return memo.version;
  }
  const version = (name: string) => (JSON.parse(readFileSync(join(projectRoot(), "node_modules", name, "package.json"), "utf8")) as {version: string}).version;
  const text = [...files.map((file) => `${file.slice(projectRoot().length)}\n${readFileSync(file, "utf8")}`), `plot ${version("@observablehq/plot")}`, `linkedom ${version("linkedom")}`].join("\n");
  memo = {stamp, version: sha256(text), checked: performance.now()};
  return memo.version;
}

/** The key of one rendering: the chart's inputs, the code that draws it, where on a page it goes (ids), and the layouts' widths. */
export function renderKey(inputKey: string, scope: string, widths: Readonly<Record<string, number>>, code = codeVersion()): string {
  return sha256(JSON.stringify({inputKey, scope, widths, code}));
}

/** Writes a cache file aside and renames it into place, so a reader never sees half a file. */
function writeWhole(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), {recursive: true});
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
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
  constructor(folder: string) {
    this.folder = folder;
  }

  private file(key: string) {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
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
    writeWhole(this.file(key), JSON.stringify({key, check: sha256(JSON.stringify(panels)), panels}));
  }

  /** Where bytes made from `input` by `maker` are kept (whether or not they are yet). */
  bytesFile(input: string, maker: string) {
    const key = sha256(`${maker}\n${input}`);
    return join(this.folder, "files", key.slice(0, 2), key);
  }

  /** Whether bytes made from `input` by `maker` are kept (checked against their hash when read). */
  hasBytes(input: string, maker: string): boolean {
    return existsSync(this.bytesFile(input, maker));
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
    try {
      const data = readFileSync(file);
      if (readFileSync(`${file}.sha256`, "utf8") === sha256(data.toString("base64"))) {
        this.hits++;
        return data;
      }
    } catch {
      // Not kept yet, or unreadable: to be made.
    }
    this.misses++;
    return undefined;
  }

  /** Keeps bytes made from `input` by `maker`, with their hash. */
  writeBytes(input: string, maker: string, data: Buffer): void {
    const file = this.bytesFile(input, maker);
    writeWhole(file, data);
    writeWhole(`${file}.sha256`, sha256(data.toString("base64")));
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
