import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {Resvg, type ResvgRenderOptions} from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
// resvg draws no text without a font file; Inter ships with the project (npm), in two weights.
export const fontFiles = ["400Regular/Inter_400Regular.ttf", "700Bold/Inter_700Bold.ttf"].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`));

const resvgVersion = (JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")) as {version: string}).version;

/** What a PNG made from an SVG depends on besides the SVG: a cached one is reused only while all of it is the same. */
export const pngMaker = (scale: number) => `png ${scale} resvg ${resvgVersion} ${fontFiles.join(" ")}`;

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
