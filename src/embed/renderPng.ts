import {activeChartCache} from "../render/renderChart.ts";
import {needsSystemFonts} from "./bundledFont.ts";
import {pngMaker, renderImage} from "./rasterise.ts";

/**
 * A standalone SVG as PNG at twice its size, drawn now (the dev server's
 * downloads); with the render cache in use, made again only when the SVG (or
 * resvg, or the scale) changed. A build draws its PNGs in worker threads (pngPool).
 */
export async function renderPng(svg: string, scale = 2): Promise<Buffer> {
  const cache = activeChartCache();
  const made = cache?.readBytes(svg, pngMaker(scale));
  if (made) return made;
  const png = await renderImage(svg, scale, {systemFonts: needsSystemFonts(svg)}).png();
  await cache?.writeBytes(svg, pngMaker(scale), png);
  return png;
}
