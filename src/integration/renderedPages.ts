import {processShared} from "../lib/processShared.ts";

/**
 * Takes a page the build has rendered: its address (base included, decoded)
 * and its HTML. What it returns, the page waits for before it is written.
 */
export type PageSink = (pathname: string, html: string) => Promise<void> | undefined;

// Shared through the process: the integrations set them, the pages' bundle (another copy of this module) reads them.
const sinks = processShared("renderedPages", () => new Map<string, PageSink>());

/** Where the pages rendered from now on go, for the integration `name`; undefined: no longer there. */
export function receivePages(name: string, sink: PageSink | undefined): void {
  if (sink) sinks.set(name, sink);
  else sinks.delete(name);
}

/** Where a rendered page goes. */
export function pageSinks(): PageSink[] {
  return [...sinks.values()];
}
