import {spawn} from "node:child_process";
import {existsSync, mkdirSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {bundledFontHas} from "./bundledFont.ts";
import {fontFiles} from "./rasterise.ts";
import {svgText} from "./svgText.ts";

/** The characters of an SVG's text (svgText.ts), by code point. */
export function svgCharacters(svg: string): Set<number> {
  return new Set(Array.from(svgText(svg), (char) => char.codePointAt(0)!));
}

// Tab, line feed and carriage return: resvg draws each as a space, which every subset has.
const drawnAsSpace = new Set([0x09, 0x0a, 0x0d]);

// Printable ASCII is in every subset, so that most of a site's drawings can share the first one made.
const ascii = Array.from({length: 0x7f - 0x20}, (_, i) => 0x20 + i);
// A subset grows to take in the characters of later drawings up to this many, then a new one starts.
const largest = 600;

interface Subset {
  codes: Set<number>;
  files: string[];
}

/**
 * The bundled fonts cut down to the characters a drawing uses, for resvg. resvg
 * reads its font file from disk again for every glyph it draws: with Inter whole
 * (340 KB a weight), reading took half the time of drawing a chart with its
 * words. A subset (hb-subset, every layout feature kept, so kerning and
 * alternates are the same) has the same glyphs for those characters, and the
 * PNG is the same pixel for pixel. Subsets are written to `dir` and kept while
 * they serve: a drawing uses the newest one that has all its characters, and
 * only a drawing with characters none has makes another. A drawing with a
 * character the bundled fonts lack is drawn with them whole: a subset's
 * `.notdef` glyph, which such a character would show, is empty. Should a
 * subset not be made, every drawing after is drawn with the whole fonts (the
 * same pixels, slower), and the build's log says so once.
 */
export class FontSubsets {
  private readonly made: Subset[] = [];
  private failed = false;
  private closed = false;
  // One at a time: two drawings that both lack characters would otherwise make two subsets under one name.
  private turn: Promise<unknown> = Promise.resolve();

  private readonly dir: string;
  private readonly files: readonly string[];

  constructor(dir: string, files: readonly string[] = fontFiles) {
    this.dir = dir;
    this.files = files;
  }

  /** Font files with every character of `svg` the bundled fonts have, in the order of `files`; never a failure: the whole fonts at worst. */
  filesFor(svg: string): Promise<string[]> {
    const files = this.turn.then(() => this.find(svg)).catch(() => [...this.files]);
    this.turn = files;
    return files;
  }

  /** Makes no more subsets: their folder is about to be removed. A drawing asked for after is drawn with the whole fonts. */
  close(): void {
    this.closed = true;
  }

  private async find(svg: string): Promise<string[]> {
    if (this.failed || this.closed) return [...this.files];
    const needed = svgCharacters(svg);
    for (const code of drawnAsSpace) needed.delete(code);
    for (const code of needed) if (!bundledFontHas(code)) return [...this.files];
    const found = this.made.findLast((subset) => covers(subset.codes, needed));
    if (found) return found.files;
    const last = this.made.at(-1);
    const codes = new Set([...ascii, ...needed]);
    if (last && new Set([...last.codes, ...codes]).size <= largest) for (const code of last.codes) codes.add(code);
    try {
      return (await this.make(codes)).files;
    } catch (error) {
      if (this.closed) return [...this.files];
      // The whole fonts draw the same, only slower.
      this.failed = true;
      console.warn(`PNGs are drawn with the whole fonts from now on, which is slower: ${error instanceof Error ? error.message : String(error)}`);
      return [...this.files];
    }
  }

  private async make(codes: Set<number>): Promise<Subset> {
    if (this.closed) throw new Error("closed");
    mkdirSync(this.dir, {recursive: true});
    const index = this.made.length;
    const files = this.files.map((_, i) => join(this.dir, `${index}-${i}.ttf`));
    // In a process of its own that then ends (subsetFonts.ts): a build makes one or two subsets, and
    // harfbuzz's memory would otherwise be held to the end of it (a thread's is not given back either).
    const job = spawn(process.execPath, [fileURLToPath(new URL("./subsetFonts.ts", import.meta.url))], {stdio: ["pipe", "ignore", "pipe"]});
    let errors = "";
    job.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const ended = new Promise<number | null>((resolve, reject) => {
      job.once("error", reject);
      job.once("close", resolve);
    });
    job.stdin.end(JSON.stringify({fonts: this.files, files, text: characters(codes)}));
    const code = await ended;
    if (code !== 0 || !files.every((file) => existsSync(file))) throw new Error(`could not cut the fonts down (${code === 0 ? "no font written" : `exit code ${code}`}): ${errors.trim()}`);
    const subset = {codes, files};
    this.made.push(subset);
    return subset;
  }
}

const characters = (codes: Set<number>) => Array.from(codes, (code) => String.fromCodePoint(code)).join("");

function covers(codes: Set<number>, needed: Set<number>): boolean {
  for (const code of needed) if (!codes.has(code)) return false;
  return true;
}
