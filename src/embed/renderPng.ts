import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {activeChartCache} from "../render/renderChart.ts";
import {Resvg, type ResvgRenderOptions} from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
// resvg draws no text without a font file; Inter ships with the project (npm), in two weights.
export const fontFiles = ["400Regular/Inter_400Regular.ttf", "700Bold/Inter_700Bold.ttf"].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`));

function options(scale: number, fonts: string[]): ResvgRenderOptions {
  return {
    fitTo: {mode: "zoom", value: scale},
    background: "#ffffff",
    font: {fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: "Inter", sansSerifFamily: "Inter"},
  };
}

/** Rasterises a standalone SVG at `scale` (2 = twice its size), drawing all text with the bundled font. */
export function renderImage(svg: string, scale = 2, fonts = fontFiles): {width: number; height: number; pixels: Buffer; png: () => Buffer} {
  const image = new Resvg(svg, options(scale, fonts)).render();
  return {width: image.width, height: image.height, pixels: image.pixels, png: () => image.asPng()};
}

const resvgVersion = (JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")) as {version: string}).version;

/**
 * A standalone SVG as PNG at twice its size, for download and oEmbed
 * thumbnails; with the render cache in use, made again only when the SVG (or
 * resvg, or the scale) changed.
 */
export function renderPng(svg: string, scale = 2): Buffer {
  const cache = activeChartCache();
  const make = () => renderImage(svg, scale).png();
  return cache ? cache.bytes(svg, `png ${scale} resvg ${resvgVersion} ${fontFiles.join(" ")}`, make) : make();
}
