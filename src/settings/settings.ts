import {z} from "zod";

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

export const settingsSchema = z.strictObject({
  name: z.string().min(1),
  home: z.strictObject({heading: z.string().min(1), description: z.string().min(1)}),
  credit: z.string().min(1),
  byline: z.string().min(1),
  locale,
  currency: currencyCode,
  currencyDisplay: z.enum(["symbol", "narrowSymbol", "code", "name"]).default("narrowSymbol"),
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
