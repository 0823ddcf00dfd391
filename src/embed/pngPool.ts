import {mkdtempSync, rmSync} from "node:fs";
import {availableParallelism, tmpdir} from "node:os";
import {join} from "node:path";
import {setFlagsFromString} from "node:v8";
import {Worker} from "node:worker_threads";
import {packText} from "../lib/packedText.ts";
import {needsSystemFonts} from "./bundledFont.ts";
import {FontSubsets} from "./fontSubsets.ts";

interface Job {
  id: number;
  /** The SVG, deflated: thousands wait at once in a cold build (90 MB as text at 3,000 charts, 7 MB so). */
  packed: Uint8Array;
  scale: number;
  systemFonts: boolean;
  /** The font files to draw with: the bundled fonts cut down to the SVG's characters (fontSubsets.ts), or whole. */
  fonts: Promise<string[]>;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that turn SVGs into PNGs with resvg, so a build draws its
 * PNG downloads on every core while Astro writes pages on one. Jobs run in
 * the order given; `close` ends the threads once the build has its files.
 */
export class PngPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private nextId = 0;
  /** Why a thread stopped, if one did, or that the pool was closed: no job is given out again. */
  private failure: Error | undefined;

  readonly size: number;
  /** Where the font subsets the threads draw with are written (fontSubsets.ts); removed on closing. */
  private readonly fontDir = mkdtempSync(join(tmpdir(), "png-fonts-"));
  private readonly fonts = new FontSubsets(this.fontDir);

  constructor(threads = availableParallelism()) {
    this.size = Math.max(1, threads);
    // Each thread frees resvg's memory after each drawing with V8's `gc` (pngWorker.ts), which a
    // thread cannot expose for itself: it is exposed here, once, before the threads start.
    setFlagsFromString("--expose-gc");
    for (let i = 0; i < this.size; i++) {
      // A small heap each: a thread holds one picture at a time, and the build's memory stays within budget.
      const worker = new Worker(new URL("./pngWorker.ts", import.meta.url), {resourceLimits: {maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8}});
      worker.on("message", ({id, png, error}: {id: number; png?: Uint8Array; error?: string}) => {
        const job = this.running.get(id);
        // A job is no longer waited for once another thread has stopped: the build already failed.
        if (!job) return;
        this.running.delete(id);
        if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        else job.reject(new Error(`could not draw a PNG: ${error}`));
        this.idle.push(worker);
        this.next();
      });
      // A thread that stops (out of memory, or an error outside a job) fails every job left, with its reason.
      worker.on("error", (error) => {
        this.failure ??= new Error(`a PNG thread stopped: ${error.message}`, {cause: error});
        for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(this.failure);
        this.running.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The PNG of a standalone SVG at `scale`, drawn by the next free thread. */
  render(svg: string, scale = 2): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      // Deflated while it waits (a few hundredths of a millisecond); the thread inflates it.
      const packed = packText(svg);
      // Whether the machine's fonts are needed is found here, where the bundled font is already open,
      // so that the threads need not open it too.
      const systemFonts = needsSystemFonts(svg);
      // Found here, once for all the threads; made ready while the job waits.
      const fonts = this.fonts.filesFor(svg);
      this.queue.push({id: this.nextId++, packed, scale, systemFonts, fonts, resolve, reject});
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const job = this.queue.shift()!;
      this.running.set(job.id, job);
      const worker = this.idle.pop()!;
      // Its fonts are found for certain (the whole fonts at worst); once closed, the message goes nowhere.
      void job.fonts.then((fonts) => worker.postMessage({id: job.id, packed: job.packed, scale: job.scale, systemFonts: job.systemFonts, fonts}, [job.packed.buffer as ArrayBuffer]));
    }
  }

  /** The bytes the jobs not yet given to a thread hold. */
  get waitingBytes(): number {
    return this.queue.reduce((sum, job) => sum + job.packed.buffer.byteLength, 0);
  }

  /** Ends the threads; jobs not yet done are rejected. */
  async close(): Promise<void> {
    this.failure ??= new Error("the PNG threads were closed");
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(this.failure);
    this.running.clear();
    this.fonts.close();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    rmSync(this.fontDir, {recursive: true, force: true});
  }
}
