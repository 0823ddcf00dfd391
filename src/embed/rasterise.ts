import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {Resvg, type ResvgRenderOptions} from "@resvg/resvg-js";
import {bundledFontCovers, fontFile} from "./bundledFont.ts";

const require = createRequire(import.meta.url);
// resvg draws no text without a font file: the bundled Inter, both weights.
export const fontFiles = [fontFile.regular, fontFile.bold];

const resvgVersion = (JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")) as {version: string}).version;

/** What a PNG made from an SVG depends on besides the SVG: a cached one is reused only while all of it is the same. */
export const pngMaker = (scale: number) => `png ${scale} resvg ${resvgVersion} ${fontFiles.join(" ")}`;

function options(scale: number, fonts: string[], systemFonts: boolean): ResvgRenderOptions {
  return {
    fitTo: {mode: "zoom", value: scale},
    background: "#ffffff",
    font: {fontFiles: fonts, loadSystemFonts: systemFonts, defaultFontFamily: "Inter", sansSerifFamily: "Inter"},
  };
}

/**
 * Rasterises a standalone SVG at `scale` (2 = twice its size), drawing its text
 * with the bundled font; text in a script the font lacks is drawn with the
 * machine's fonts (slower to load, so only then).
 */
export function renderImage(svg: string, scale = 2, fonts = fontFiles): {width: number; height: number; pixels: Buffer; png: () => Buffer} {
  const text = svg.replace(/<[^>]*>/g, "");
  const image = new Resvg(svg, options(scale, fonts, !bundledFontCovers(text))).render();
  return {width: image.width, height: image.height, pixels: image.pixels, png: () => image.asPng()};
}
