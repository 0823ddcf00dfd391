import {join} from "node:path";

/** A page Astro reports having built ("casey-review/", "", "404") as a site path: "/casey-review/", "/", "/404". */
export function pagePath(pathname: string): string {
  return `/${pathname}`.replace(/\/+$/, "/").replace(/^\/\/$/, "/");
}

/** The file in a built site that serves a site path: its folder's index.html, or the file itself. */
export function builtFile(root: string, path: string): string {
  return join(root, path.endsWith("/") ? `${path}index.html` : path);
}
