import type {SiteSettings} from "../settings/settings.ts";

/** The package's name: the site's name in lower-case words joined by hyphens, as Frictionless asks of names. */
export function packageName({name}: SiteSettings): string {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return slug || "site-data";
}

/** The package's title, and the Dataset's name. */
export function packageTitle({name}: SiteSettings): string {
  return `${name}: the data behind every chart`;
}

/** What the package holds, in a sentence or two. */
export function packageDescription({name}: SiteSettings, tables: number): string {
  return `The data behind every chart of ${name}: ${tables} table${tables === 1 ? "" : "s"}, one CSV file per chart, each row with the source and the exact words that state its figures.`;
}
