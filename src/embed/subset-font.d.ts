// subset-font (harfbuzz's hb-subset, compiled to WebAssembly) ships no types.
declare module "subset-font" {
  export default function subsetFont(font: Buffer, text: string, options?: {targetFormat?: "truetype" | "sfnt" | "woff" | "woff2"; noLayoutClosure?: boolean}): Promise<Buffer>;
}
