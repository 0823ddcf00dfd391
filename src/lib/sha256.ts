import {createHash} from "node:crypto";

/** The SHA-256 of text (as UTF-8) or bytes, in hex: the hash the caches key and check their files by. */
export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
