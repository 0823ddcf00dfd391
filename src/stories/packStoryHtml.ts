import {packText, unpackText} from "../lib/packedText.ts";
import type {Story} from "./story.ts";

/**
 * Holds each story's HTML deflated, inflated each time it is read. A build
 * holds every story at once from the check to its end, and the HTML of a
 * story, its charts' drawings inline, is the largest thing it holds: at 1,000
 * stories, 75 MB as text (two bytes a character once it has a curly
 * quote), 6 MB so. A page reads its story's HTML once. Packing takes a quarter
 * of a millisecond a story, so it is for builds, not the check or the dev
 * server. A story packed already is left as it is.
 */
export function packStoryHtml(stories: Iterable<Story>): void {
  for (const story of stories) {
    const own = Object.getOwnPropertyDescriptor(story, "html");
    if (!own || typeof own.value !== "string") continue;
    const packed = packText(own.value);
    Object.defineProperty(story, "html", {enumerable: true, configurable: true, get: () => unpackText(packed)});
  }
}
