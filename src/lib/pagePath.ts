import {join} from "node:path";

/** A page Astro reports having built ("casey-review/", "", "404") as a site path: "/casey-review/", "/", "/404". */
export function pagePath(pathname: string): string {
  return `/${pathname}`.replace(/\/+$/, "/").replace(/^\/\/$/, "/");
}

/** A page's address as Astro serves it while building ("/desk/story/", base included) as its path under the base `base` ("/desk/"): "/story/". */
export function pathUnderBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The file in a built site that serves a site path: its folder's index.html, or the file itself. */
export function builtFile(root: string, path: string): string {
  return join(root, path.endsWith("/") ? `${path}index.html` : path);
}
