// Whether there is an environment object to read, found once, when the module loads: outside
// Vite the read throws, which costs microseconds (a stack trace), and href() is asked for
// thousands of times a build (a second of a rebuild's processor time at 3,000 charts).
const underVite = (() => {
  try {
    void import.meta.env.BASE_URL;
    return true;
  } catch {
    return false;
  }
})();

/**
 * The site's address and base path as the Astro build or dev server has them
 * (astro.config.mjs `site` and `base`), or undefined outside one (npm run check,
 * which reads them from the settings itself).
 *
 * Each is named with its key, never the environment object alone, in code and in
 * comments: Astro writes into any module that names the object alone every
 * environment variable whose name appears in its text (the shell's `_`, the
 * command that started the build, among them). That made the code of every
 * page, and the key Astro keeps pages by, change with the command that started
 * the build, so a build started another way rendered every page again.
 */
export function viteEnv(): {site: string | undefined; base: string} | undefined {
  // Read each time: a build writes both in as constants, but a test may set them (vitest's stubEnv).
  return underVite ? {site: import.meta.env.SITE, base: import.meta.env.BASE_URL} : undefined;
}
