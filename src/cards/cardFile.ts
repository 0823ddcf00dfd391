import {renderPng} from "../embed/renderPng.ts";
import {loadCheckedSite} from "../site.ts";
import {siteCards} from "./siteCards.ts";

/**
 * The dev server's card routes, which draw each card on request; a build lists
 * none, as it draws them all at once in worker threads (integration/chartFiles.ts).
 */
export function devCardPaths(kind: "site" | "stories" | "charts") {
  if (!import.meta.env.DEV) return [];
  const prefix = kind === "site" ? "/cards/" : `/cards/${kind}/`;
  return siteCards(loadCheckedSite())
    .filter((card) => card.path.startsWith(prefix) && !card.path.slice(prefix.length).includes("/"))
    .map((card) => ({params: {name: card.path.slice(prefix.length, -".png".length)}}));
}

/** The card published at a site path, drawn now (or kept by the render cache). */
export async function cardFile(path: string): Promise<Response> {
  const card = siteCards(loadCheckedSite()).find((c) => c.path === path);
  if (!card) return new Response("No such card", {status: 404});
  return new Response(new Uint8Array(await renderPng(card.svg(), 1)), {headers: {"Content-Type": "image/png"}});
}
