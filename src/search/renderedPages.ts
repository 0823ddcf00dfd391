import {processShared} from "../lib/processShared.ts";

/**
 * Takes a page the build has rendered: its address (base included, decoded)
 * and its HTML. What it returns, the page waits for before it is written.
 */
export type PageSink = (pathname: string, html: Uint8Array) => Promise<void> | undefined;

// Shared through the process: the integrations set it, the pages' bundle (another copy of this module) reads it.
const shared = processShared("renderedPages", () => ({sink: undefined as PageSink | undefined}));

/** Where the pages rendered from now on go; undefined: nowhere. */
export function receivePages(sink: PageSink | undefined): void {
  shared.sink = sink;
}

/** Where a rendered page goes, if anywhere. */
export function pageSink(): PageSink | undefined {
  return shared.sink;
}
