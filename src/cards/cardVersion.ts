import {absoluteUrl} from "../lib/absoluteUrl.ts";
import {processShared} from "../lib/processShared.ts";
import {sha256} from "../lib/sha256.ts";

// Filled by the build (integration/chartFiles.ts) before any page is written; read by the pages' bundle.
// A card's version, or how to make the SVG it is drawn from until that is needed.
const versions = processShared("cardVersions", () => new Map<string, string | (() => string)>());

// What waits for every card of this build to be noted (its version known, or how to make it).
const waiting = processShared("cardVersionWaiters", () => [] as (() => void)[]);

/** Runs `then` once the build has noted every card (cardsNoted): a page's card address is then final. */
export function afterCardsNoted(then: () => void): void {
  waiting.push(then);
}

/** Says the build has noted every card of the site (integration/chartFiles.ts, as it starts). */
export function cardsNoted(): void {
  for (const then of waiting.splice(0)) then();
}

// A card's version: the first 12 hex digits of its SVG's SHA-256.
const versionOf = (svg: string) => sha256(svg).slice(0, 12);

/**
 * Notes the SVG a card is drawn from, or how to make it (made when a page first
 * asks for the card's address, unless the build noted the SVG itself first). A card's address carries a short hash of it
 * (`?v=…`): social networks keep an image by its address, so a corrected headline
 * or chart gets a new address and a new preview, and an unchanged card keeps its own.
 */
export function noteCard(path: string, svg: string | (() => string)): void {
  versions.set(path, typeof svg === "string" ? versionOf(svg) : svg);
}

/** Notes a card's version by its SVG's SHA-256 (lib/sha256.ts), for a card whose SVG the build found by its inputs, not made again. */
export function noteCardHash(path: string, sha256: string): void {
  versions.set(path, sha256.slice(0, 12));
}

/**
 * A card's address for link previews and structured data: absolute once the
 * site's address is known, with its version when this process's build drew it
 * (the dev server draws cards on request and gives none).
 */
export function cardAddress(path: string): string {
  let version = versions.get(path);
  if (typeof version === "function") versions.set(path, (version = versionOf(version())));
  return `${absoluteUrl(path)}${version ? `?v=${version}` : ""}`;
}
