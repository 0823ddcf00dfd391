import {describe, expect, it} from "vitest";
import {PngPool} from "../../src/embed/pngPool.ts";
import {renderImage} from "../../src/embed/rasterise.ts";

const svg = (label: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="10" y="25" font-size="14">${label}</text></svg>`;

describe("the PNG threads of a build", () => {
  it("draw the same PNG as drawing on the main thread, for every job, in any order of finishing", async () => {
    const pool = new PngPool(2);
    try {
      const labels = ["one", "two", "three", "four", "five"];
      const pngs = await Promise.all(labels.map((label) => pool.render(svg(label), 2)));
      for (const [index, label] of labels.entries()) expect(pngs[index]!.equals(await renderImage(svg(label), 2, {systemFonts: false}).png()), label).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("report an SVG resvg cannot read as that job's error, and go on with the next", async () => {
    const pool = new PngPool(1);
    try {
      await expect(pool.render("<svg", 2)).rejects.toThrow(/could not draw a PNG/);
      expect((await pool.render(svg("after"), 1)).subarray(1, 4).toString()).toBe("PNG");
    } finally {
      await pool.close();
    }
  });

  it("once closed, fail the jobs still drawing or waiting, and every job after, rather than leave them waiting", async () => {
    const pool = new PngPool(1);
    // Each failure is expected before the pool closes, so that none goes unhandled meanwhile.
    const drawing = expect(pool.render(svg("drawing"), 2)).rejects.toThrow(/closed/);
    const waiting = expect(pool.render(svg("waiting"), 2)).rejects.toThrow(/closed/);
    await pool.close();
    await drawing;
    await waiting;
    await expect(pool.render(svg("after"), 2)).rejects.toThrow(/closed/);
  });
});

describe("the PNG threads' queue", () => {
  it("keeps each SVG waiting for a thread deflated, at a fraction of its size, and draws it the same", async () => {
    // A chart-like SVG of 20 KB: thousands of these wait at once in a cold build.
    const marks = Array.from({length: 200}, (_, i) => `<rect x="${i}" y="${(i * 7) % 40}" width="1" height="3" fill="#3b6ea8"/><text x="${i}" y="38" font-size="6">${i}</text>`).join("");
    const big = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><rect width="240" height="40" fill="#fff"/>${marks}</svg>`;
    const pool = new PngPool(1);
    try {
      const jobs = Array.from({length: 10}, () => pool.render(big, 1));
      // Should an expectation below fail, the jobs the pool's closing rejects are not left unhandled.
      for (const job of jobs) job.catch(() => undefined);
      // One is being drawn; nine wait.
      expect(pool.waitingBytes).toBeGreaterThan(0);
      expect(pool.waitingBytes).toBeLessThan((9 * big.length) / 4);
      const expected = await renderImage(big, 1, {systemFonts: false}).png();
      for (const png of await Promise.all(jobs)) expect(png.equals(expected)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
