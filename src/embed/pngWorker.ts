// A worker thread of pngPool: rasterises the SVGs it is sent, one at a time.
import {parentPort} from "node:worker_threads";
import {renderImage} from "./rasterise.ts";

parentPort!.on("message", ({id, svg, scale}: {id: number; svg: string; scale: number}) => {
  try {
    const png = renderImage(svg, scale).png();
    // resvg's buffer lives outside the JavaScript heap and cannot be handed over: it is copied.
    parentPort!.postMessage({id, png});
  } catch (error) {
    parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
