// A worker thread of pngPool: rasterises the SVGs it is sent, one at a time.
import {runInNewContext} from "node:vm";
import {parentPort} from "node:worker_threads";
import sharp from "sharp";
import {unpackText} from "../lib/packedText.ts";
import {renderImage} from "./rasterise.ts";

// Each thread encodes one picture at a time: the build already has a thread per core. libvips' cache
// of operations would only hold pictures that are never encoded twice.
sharp.concurrency(1);
sharp.cache(false);

// resvg's drawing (the parsed SVG and its pixels, 10 MB for a chart at twice its size) lives
// outside the JavaScript heap, and resvg-js does not tell V8 its size: V8 sees two small objects
// and collects them only when its own heap fills, dozens of drawings later, so each thread held
// 150 MB it no longer needed. A collection of the young objects after each drawing frees it at
// once, and costs less than the memory it saves. The pool exposes `gc` before it starts this thread.
const collectYoung = runInNewContext("typeof gc === 'function' ? gc : undefined") as ((options: {type: "minor"; execution: "sync"}) => void) | undefined;

// `fonts`: the bundled fonts cut down to the SVG's characters (fontSubsets.ts), drawn the same and faster.
parentPort!.on("message", async ({id, packed, scale, systemFonts, fonts}: {id: number; packed: Uint8Array; scale: number; systemFonts: boolean; fonts: string[]}) => {
  try {
    // The pool keeps the SVGs waiting for a thread deflated (pngPool.ts).
    const image = renderImage(unpackText(packed), scale, {systemFonts, fonts});
    collectYoung?.({type: "minor", execution: "sync"});
    const png = await image.png();
    // resvg's buffer lives outside the JavaScript heap and cannot be handed over: it is copied.
    parentPort!.postMessage({id, png});
  } catch (error) {
    parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
