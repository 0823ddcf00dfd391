/**
 * A pause (one turn of the event loop) every `every` calls, for a long loop on
 * the main thread, so that what else the build does there (pages rendered,
 * replies from the PNG threads and the search index) goes on meanwhile;
 * nothing the other times.
 */
export function breather(every: number): () => Promise<void> | undefined {
  let calls = 0;
  return () => (++calls % every ? undefined : new Promise<void>((resolve) => setImmediate(resolve)));
}
