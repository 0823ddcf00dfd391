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
