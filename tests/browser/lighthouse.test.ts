import {join} from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readSite} from "../../src/site.ts";
import {chromiumPath, serve} from "../helpers/browser.ts";
import {root} from "../helpers/project.ts";

// Lighthouse's SEO audits (title, description, status, crawlable links, link text, robots.txt,
// canonical, language, image alt) on the built stories, in Debian's Chromium. The newest stories
// only, so the suite stays minutes long on a site of hundreds: they share one template, and what
// differs between them (their words, links and images) is checked for every story elsewhere.
const sampled = 5;
const stories = readSite(root).stories.slice(0, sampled);

let site: Awaited<ReturnType<typeof serve>>;
let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
  site = await serve(join(root, "dist"));
  chrome = await chromeLauncher.launch({chromePath: chromiumPath, chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]});
});

afterAll(async () => {
  // Chromium first: the server waits for its open connections to close.
  chrome?.kill();
  await site?.close();
});

describe("Lighthouse SEO", () => {
  for (const story of stories) {
    it(`/${story.slug}/ scores 100 for SEO`, async () => {
      const result = await lighthouse(`${site.url}/${story.slug}/`, {port: chrome.port, onlyCategories: ["seo"], logLevel: "error", output: "json"});
      const {lhr} = result!;
      const failed = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && lhr.categories.seo!.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
      expect(failed.map((audit) => `${audit.id}: ${audit.title}`)).toEqual([]);
      expect(lhr.categories.seo!.score).toBe(1);
    });
  }
});
