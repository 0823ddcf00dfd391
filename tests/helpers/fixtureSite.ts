import {readSite, type Site} from "../../src/site.ts";
import {fixture} from "./project.ts";

let site: Site | undefined;

/** The fixture's site, loaded once per test file: its own data, charts and stories, never the live content's. */
export function fixtureSite(): Site {
  return (site ??= readSite(fixture));
}
