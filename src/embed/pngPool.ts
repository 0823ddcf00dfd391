import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";

interface Job {
  id: number;
  svg: string;
  scale: number;
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

  readonly size: number;

  constructor(threads = availableParallelism()) {
    this.size = Math.max(1, threads);
    for (let i = 0; i < this.size; i++) {
      // A small heap each: a thread holds one picture at a time, and the build's memory stays within budget.
      const worker = new Worker(new URL("./pngWorker.ts", import.meta.url), {resourceLimits: {maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8}});
      worker.on("message", ({id, png, error}: {id: number; png?: Uint8Array; error?: string}) => {
        const job = this.running.get(id)!;
        this.running.delete(id);
        if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        else job.reject(new Error(`could not draw a PNG: ${error}`));
        this.idle.push(worker);
        this.next();
      });
      worker.on("error", (error) => {
        for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(error);
        this.running.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The PNG of a standalone SVG at `scale`, drawn by the next free thread. */
  render(svg: string, scale = 2): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({id: this.nextId++, svg, scale, resolve, reject});
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const job = this.queue.shift()!;
      this.running.set(job.id, job);
      this.idle.pop()!.postMessage({id: job.id, svg: job.svg, scale: job.scale});
    }
  }

  /** Ends the threads; jobs not yet done are rejected. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error("the PNG threads were closed"));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
