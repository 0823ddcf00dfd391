import {createRequire} from "node:module";
import {z} from "zod";
import {didYouMean} from "../lib/suggest.ts";

// spdx-license-list is CommonJS JSON: the SPDX list of licence ids with their names and addresses.
const spdx = createRequire(import.meta.url)("spdx-license-list") as Record<string, {name: string; url: string}>;

/** The file an editor owns that names the site and sets how it prints numbers and dates. */
export const settingsFile = "data/site.json";

/** A BCP 47 language tag that Intl can format numbers for: en-GB, en-US, de-DE. */
export const locale = z.string().min(1).superRefine((value, context) => {
  let canonical: string[] = [];
  try {
    canonical = Intl.getCanonicalLocales(value);
  } catch {
    // not a language tag at all
  }
  if (!canonical.length || !Intl.NumberFormat.supportedLocalesOf(canonical).length) {
    context.addIssue({code: "custom", message: `"${value}" is not a language and region this machine can format numbers for`});
  }
});

const currencies = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 currency code, in any case (`gbp` and `GBP` are the same). */
export const currencyCode = z.string().transform((value, context) => {
  const code = value.trim().toUpperCase();
  if (!currencies.has(code)) {
    context.addIssue({code: "custom", message: `"${value}" is not an ISO 4217 currency code`});
    return z.NEVER;
  }
  return code;
});

/** The site's public address, absolute, ending in a slash: https://news.example/ or https://news.example/transport/. */
export const siteAddress = z.string().transform((value, context) => {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    // not an address at all
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    context.addIssue({code: "custom", message: `"${value}" is not a web address like https://news.example/`});
    return z.NEVER;
  }
  // Repeated slashes would make the path's first folder read as a host (//sub/ is https://sub/).
  url.pathname = `${url.pathname}/`.replace(/\/{2,}/g, "/");
  return url.href;
});

/** A licence in the form Frictionless Data Packages use: an SPDX id, a title and the licence's address. */
export interface Licence {
  /** The SPDX id, e.g. CC-BY-4.0; absent for a licence of the newsroom's own. */
  name?: string;
  title: string;
  path: string;
}

const spdxIds = new Map(Object.keys(spdx).map((id) => [id.toLowerCase(), id]));

/** An SPDX id ("CC-BY-4.0", in any case) or {title, path} for a licence of the newsroom's own. */
export const licence = z.unknown().transform((value, context): Licence => {
  if (typeof value === "string") {
    const id = spdxIds.get(value.trim().toLowerCase());
    if (id) return {name: id, title: spdx[id]!.name, path: spdx[id]!.url};
    const hint = didYouMean(value, popularLicences);
    context.addIssue({code: "custom", message: `"${value}" is not an SPDX licence id${hint && ` (${hint})`}`});
    return z.NEVER;
  }
  const own = z.strictObject({title: z.string().min(1), path: z.url({protocol: /^https?$/})}).safeParse(value);
  if (own.success) return {title: own.data.title, path: new URL(own.data.path).href};
  context.addIssue({code: "custom", message: "give an SPDX id such as \"CC-BY-4.0\", or an object with a title and a path (the licence's full web address, https://…)"});
  return z.NEVER;
});

// The licences data is most often published under, for suggestions.
const popularLicences = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", "OGL-UK-3.0", "CC-BY-NC-4.0"];

export const settingsSchema = z.strictObject({
  name: z.string().min(1),
  home: z.strictObject({heading: z.string().min(1), description: z.string().min(1)}),
  credit: z.string().min(1),
  byline: z.string().min(1),
  locale,
  currency: currencyCode,
  currencyDisplay: z.enum(["symbol", "narrowSymbol", "code", "name"]).default("narrowSymbol"),
  // Published sites are https: networks refuse link-preview images over plain http. (SITE_URL may name an http preview.)
  url: siteAddress.refine((url) => url.startsWith("https://"), {message: "the published address must start with https://"}).optional(),
  licence: licence.optional(),
});

/** The site's identity and formats, from data/site.json. Nothing about a particular site lives in code. */
export type SiteSettings = z.infer<typeof settingsSchema>;

export const settingsHelp: Record<string, string> = {
  name: "the site's name, shown at the top of every page and as the publisher of embeds, e.g. \"City Transport Desk\"",
  home: "the home page's heading and description: {\"heading\": \"…\", \"description\": \"…\"}",
  "home.heading": "the home page's headline, e.g. \"Buses and fares, explained\"",
  "home.description": "one sentence describing the site, for search engines and link previews",
  credit: "the credit line under every chart, embed and download, e.g. \"Chart: City Transport Desk\"",
  byline: "the byline of a story whose front matter gives none, e.g. \"By the data desk\"",
  locale: "a language and region for numbers and dates, e.g. en-GB, en-US or de-DE",
  currency: "the ISO code of the currency a figure with unit \"currency\" is in, e.g. GBP, USD or EUR",
  url: "the site's public address, with its sub-folder if it has one, e.g. \"https://news.example/\" or \"https://news.example/transport/\"; link previews, the feed and the sitemap need it (SITE_URL and SITE_BASE override it for one build)",
  licence: "the licence of the published data, as an SPDX id such as \"CC-BY-4.0\" or \"ODbL-1.0\", or {\"title\": \"…\", \"path\": \"https://…\"} for a licence of your own",
  currencyDisplay: "how currencies are shown: narrowSymbol ($4.25), symbol (US$4.25), code (USD 4.25) or name (4.25 US dollars)",
};

/** Used while data/site.json has problems, so a check can go on and report the rest; the build stops anyway. */
export const fallbackSettings: SiteSettings = {
  name: "Untitled site",
  home: {heading: "Untitled site", description: "Untitled site"},
  credit: "Chart: Untitled site",
  byline: "By the data desk",
  locale: "en-GB",
  currency: "GBP",
  currencyDisplay: "narrowSymbol",
};
