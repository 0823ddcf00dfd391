import type {MiddlewareHandler} from "astro";
import {pageSinks} from "./renderedPages.ts";

const decoder = new TextDecoder();

/**
 * Astro middleware, added by searchIndex for builds only: each HTML page the
 * build renders is handed, as soon as it is rendered, to the integrations that
 * asked for the pages (the search index, whose Pagefind indexes it in its own
 * process while Astro renders the next ones; the content policy, which hashes
 * its inline scripts), instead of each reading every page back once all are
 * written. The page itself is written unchanged.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sinks = pageSinks();
  const html = response.status === 200 && response.headers.get("content-type")?.startsWith("text/html");
  if (sinks.length === 0 || !context.isPrerendered || !html || !response.body) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const text = decoder.decode(body);
  const pathname = decodeURI(context.url.pathname);
  await Promise.all(sinks.map((sink) => sink(pathname, text)));
  return new Response(body, {status: response.status, statusText: response.statusText, headers: response.headers});
};
