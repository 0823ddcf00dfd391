import {deflateRawSync, inflateRawSync} from "node:zlib";

/**
 * Text held deflated, for what a build holds by the thousand and reads once or
 * twice (the SVGs waiting for the PNG threads, the stories' HTML): zlib's
 * fastest level, a sixth to a twelfth of its size for SVG and HTML. The bytes
 * are their own buffer, not a view of zlib's 16 KB output buffer, which would
 * be held (and sent to a thread) whole.
 */
export function packText(text: string): Uint8Array {
  return new Uint8Array(deflateRawSync(text, {level: 1}));
}

/** The text `packText` packed. */
export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed).toString("utf8");
}
