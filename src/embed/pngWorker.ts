// A worker thread of pngPool: rasterises the SVGs it is sent, one at a time.
import {parentPort} from "node:worker_threads";
import sharp from "sharp";
import {renderImage} from "./rasterise.ts";

// Each thread encodes one picture at a time: the build already has a thread per core. libvips' cache
// of operations would only hold pictures that are never encoded twice.
sharp.concurrency(1);
sharp.cache(false);

parentPort!.on("message", async ({id, svg, scale}: {id: number; svg: string; scale: number}) => {
  try {
    const png = await renderImage(svg, scale).png();
    // resvg's buffer lives outside the JavaScript heap and cannot be handed over: it is copied.
    parentPort!.postMessage({id, png});
  } catch (error) {
    parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
