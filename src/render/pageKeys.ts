import {cardPath} from "../cards/cardPath.ts";
import {cardAddress} from "../cards/cardVersion.ts";
import {embedFigureDigest} from "../embed/embedFigure.ts";
import {feedLink} from "../feeds/feedAddresses.ts";
import {linkAddress} from "../lib/absoluteUrl.ts";
import {codeVersion} from "../lib/codeVersion.ts";
import {projectRoot} from "../lib/paths.ts";
import {processShared} from "../lib/processShared.ts";
import {byContent} from "../lib/readLog.ts";
import {sha256} from "../lib/sha256.ts";
import {newsArticle} from "../seo/newsArticle.ts";
import {chartOf, loadSite, type Site} from "../site.ts";
import {quotesFrom, rowsFrom} from "../sources/quotesFrom.ts";
import type {Story} from "../stories/story.ts";

/** Every page key this build gave Astro: a page whose key the last build recorded is copied from it, not rendered. */
export const issuedPageKeys = processShared("pageKeys", () => new Set<string>());

// Each loaded site's page keys, by page, made once (whether the search index asks first or the page's
// getStaticPaths), and what every key of the site holds besides its page's own (`common` below).
const made = processShared("pageKeysBySite", () => ({bySite: new WeakMap<Site, {common: string; keys: Map<string, string>}>()}));

/**
 * What every page key of a site holds besides what the page shows: every page's frame (Base.astro: the
 * site's settings, its feed, there once a story is, and the site's card, which a page without its own
 * shows), the code and the site's address.
 */
function common(site: Site): string {
  const code = `${codeVersion([""], ["package-lock.json", "astro.config.mjs"], true)} ${process.version}`;
  const frame = [site.data.settings, feedLink(site.stories) ?? null, cardAddress(cardPath.site())];
  return JSON.stringify([frame, code, linkAddress()]);
}

/** Forgets the keys given so far, as a build starts: a page a later build no longer has is never taken for one it copies. */
export function forgetPageKeys(): void {
  issuedPageKeys.clear();
  made.bySite = new WeakMap();
}

/**
 * The key Astro's incremental build keeps a page by (getStaticPaths'
 * `cacheKey`; astro.config.mjs turns experimental.incrementalBuild on): while
 * it is what the last build recorded, the page is copied from that build, not
 * rendered. A hash of the page (`page`), of everything it shows (`shows`: its
 * words, its figures, its card's version, the settings, what every page's
 * frame shows), of every file of src/ (templates, styles, code), the
 * dependencies' versions (package-lock.json), astro.config.mjs, Node's version
 * (Intl's formats) and the site's address. Whatever else a page showed would
 * be served stale, so each page's `shows` below names all it reads. None with
 * CHART_CACHE=off, which builds everything afresh.
 */
function pageKey(page: string, site: Site, shows: () => unknown): string | undefined {
  if (process.env.CHART_CACHE === "off") return undefined;
  let ofSite = made.bySite.get(site);
  if (!ofSite) made.bySite.set(site, (ofSite = {common: common(site), keys: new Map()}));
  const known = ofSite.keys.get(page);
  if (known) return known;
  const key = sha256(JSON.stringify([page, shows(), ofSite.common]));
  issuedPageKeys.add(key);
  ofSite.keys.set(page, key);
  return key;
}

/** A story's page: the story (its HTML and front matter), its structured data and its card. */
export function storyPageKey(site: Site, story: Story): string | undefined {
  return pageKey(`story ${story.slug}`, site, () => ({story, article: newsArticle(story, site.data), card: cardAddress(cardPath.story(story.slug))}));
}

/** A chart's embed page: its figure (by its digest: embedFigureDigest), title, description and card. */
export function embedPageKey(site: Site, id: string, root = projectRoot()): string | undefined {
  return pageKey(`embed ${id}`, site, () => {
    const chart = chartOf(site, id);
    return {figure: embedFigureDigest(site, id, root), title: chart.title, description: chart.description, card: cardAddress(cardPath.chart(id))};
  });
}

/** A source's page: the source (its words, text and table), and the quotes and rows the site cites from it. */
export function sourcePageKey(site: Site, id: string): string | undefined {
  return pageKey(`source ${id}`, site, () => ({source: byContent(site.data.sources.get(id)), quotes: quotesFrom(site, id), rows: [...rowsFrom(site, id)]}));
}

/**
 * The page keys of a site, given before Astro asks (the search index asks as
 * the build starts, to take in the pages Astro will copy while it bundles): of
 * the pages readers search ([story].astro, sources/[id].astro), or of the rest
 * that give one (embed/[chart]/). A page that gives a key and is missing here
 * is still indexed, read back once written.
 */
export function issueSitePageKeys(site: Site, which: "searched" | "rest"): void {
  if (which === "searched") {
    for (const story of site.stories) storyPageKey(site, story);
    for (const id of site.data.sources.keys()) sourcePageKey(site, id);
  } else {
    for (const id of site.charts.keys()) embedPageKey(site, id);
  }
}

/**
 * issueSitePageKeys for the site this process loaded (the check's); false when it cannot be loaded,
 * and the pages' getStaticPaths then report what is wrong.
 */
export function issueLoadedSitePageKeys(which: "searched" | "rest"): boolean {
  try {
    issueSitePageKeys(loadSite(), which);
    return true;
  } catch {
    return false;
  }
}
