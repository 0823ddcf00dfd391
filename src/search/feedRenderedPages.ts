import type {MiddlewareHandler} from "astro";
import {pageSink} from "./renderedPages.ts";

/**
 * Astro middleware, added by searchIndex for builds only: each HTML page the
 * build renders is handed to the search index as soon as it is rendered, so
 * Pagefind (in its own process) indexes it while Astro renders the next ones,
 * instead of reading every page back once all are written. The page itself
 * is written unchanged.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = pageSink();
  const html = response.status === 200 && response.headers.get("content-type")?.startsWith("text/html");
  if (!sink || !context.isPrerendered || !html || !response.body) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  await sink(decodeURI(context.url.pathname), body);
  return new Response(body, {status: response.status, statusText: response.statusText, headers: response.headers});
};
