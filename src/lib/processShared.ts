/**
 * One value per process for `name`, shared by every copy of the module that
 * asks. Astro runs the integrations (the check before a build) and the pages'
 * bundle as two copies of the same code in one process; what one copy loaded
 * or drew, the other reuses.
 */
export function processShared<T extends object>(name: string, make: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`site-generator.${name}`);
  return (store[key] ??= make());
}
