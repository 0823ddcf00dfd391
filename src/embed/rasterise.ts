import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {Resvg, type ResvgRenderOptions} from "@resvg/resvg-js";
import sharp, {type PngOptions} from "sharp";
import {fontFile} from "./fontFile.ts";

const require = createRequire(import.meta.url);
// resvg draws no text without a font file: the bundled Inter, both weights.
export const fontFiles = [fontFile.regular, fontFile.bold];

const resvgVersion = (JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")) as {version: string}).version;
const {sharp: sharpVersion, vips, png: libpng} = sharp.versions;

// libvips (sharp) writes the PNG: a third of the time resvg's own encoder takes, and a third smaller, at
// zlib's usual level with one filter for the whole picture (choosing one per row triples the time for 20% less).
const encoding: PngOptions = {compressionLevel: 6, adaptiveFiltering: false};

/** What a PNG made from an SVG depends on besides the SVG: a cached one is reused only while all of it is the same. */
export const pngMaker = (scale: number) => `png ${scale} resvg ${resvgVersion} sharp ${sharpVersion} vips ${vips} libpng ${libpng} ${JSON.stringify(encoding)} ${fontFiles.join(" ")}`;

function options(scale: number, fonts: string[], systemFonts: boolean): ResvgRenderOptions {
  return {
    fitTo: {mode: "zoom", value: scale},
    background: "#ffffff",
    font: {fontFiles: fonts, loadSystemFonts: systemFonts, defaultFontFamily: "Inter", sansSerifFamily: "Inter"},
  };
}

/**
 * Rasterises a standalone SVG at `scale` (2 = twice its size), drawing its text
 * with the bundled font, and with the machine's fonts too when `systemFonts`
 * (text in a script the bundled font lacks: `needsSystemFonts`).
 */
export function renderImage(svg: string, scale: number, {systemFonts, fonts = fontFiles}: {systemFonts: boolean; fonts?: string[]}): {width: number; height: number; pixels: Buffer; png: () => Promise<Buffer>} {
  const image = new Resvg(svg, options(scale, fonts, systemFonts)).render();
  const {width, height, pixels} = image;
  // Every pixel is opaque (drawn on white), so the PNG has no alpha channel: a quarter less to write.
  return {width, height, pixels, png: () => sharp(pixels, {raw: {width, height, channels: 4}}).removeAlpha().png(encoding).toBuffer()};
}
