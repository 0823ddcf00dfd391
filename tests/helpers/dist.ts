import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {parseHTML} from "linkedom";

/** Every HTML page in a built site, by its URL path. */
export function pages(dist: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") found.set(`/${path.slice(dist.length + 1, -"index.html".length)}`, readFileSync(path, "utf8"));
    }
  };
  walk(dist);
  return found;
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The file a site-internal URL is served from, or undefined when it does not exist. */
export function resolveUrl(dist: string, url: string): string | undefined {
  const path = join(dist, decodeURIComponent(url.split("#")[0]!));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  return existsSync(file) ? file : undefined;
}
