import {createHash} from "node:crypto";
import {existsSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse} from "../helpers/dist.ts";
import {copyProject, npmRun, npmRunWith} from "../helpers/project.ts";

// Builds of copies run one after another in this file: they share node_modules.
describe("building a changed project", () => {
  it("a figure corrected in data/ changes both the chart and the prose on the next build (no stale cache)", () => {
    const project = copyProject("rebuild");
    const storyAt = () => parse(readFileSync(join(project.dir, "dist/casey-review/index.html"), "utf8"));
    const whiteShare = (doc: Document) => ({
      prose: doc.querySelector('a.fig[href="#fig-met-white-share"]')!.textContent,
      chart: [...doc.querySelectorAll("#chart-workforce-demographics svg text")].map((t) => t.textContent).filter((t) => t?.endsWith("%"))[0],
      description: doc.querySelector("#chart-workforce-demographics-desc")!.textContent,
    });

    expect(npmRun(project.dir, "build").status).toBe(0);
    const before = whiteShare(storyAt());
    const chartCard = () => parse(readFileSync(join(project.dir, "dist/embed/workforce-demographics/index.html"), "utf8")).querySelector('meta[property="og:image"]')!.getAttribute("content");
    const cardBefore = chartCard();
    const otherCsv = readFileSync(join(project.dir, "dist/downloads/complaint-outcomes.csv"), "utf8");
    const otherCsvFile = statSync(join(project.dir, "dist/downloads/complaint-outcomes.csv")).ino;
    const otherEmbed = () => statSync(join(project.dir, "dist/embed/complaint-outcomes/index.html")).ino;
    const otherEmbedFile = otherEmbed();
    expect(before).toEqual({prose: "82%", chart: "82%", description: expect.stringContaining("White: 82%")});

    // A correction: the source now says 83%, so the seed, its registered hash and the row all change.
    const seed = "seeds/000_28072657a40d7641.txt";
    project.edit(seed, (t) => t.replace("largely white (82%)", "largely white (83%)"));
    const sha = createHash("sha256").update(readFileSync(join(project.dir, seed))).digest("hex");
    project.edit("data/sources.json", (t) => t.replace(/("file": "000_28072657a40d7641.txt",\s*"sha256": ")[0-9a-f]+/, `$1${sha}`));
    project.edit("data/facts/workforce.csv", (t) => t.replace("who are white,82,", "who are white,83,").replaceAll("largely white (82%)", "largely white (83%)"));

    // Started another way than the first build: the shell's `_` names the command that started it.
    const second = npmRunWith(project.dir, "build", {_: "/usr/local/bin/another-launcher"});
    expect(second.status, second.output).toBe(0);
    expect(whiteShare(storyAt())).toEqual({prose: "83%", chart: "83%", description: expect.stringContaining("White: 83%")});
    // Its downloads are written again; those of charts that did not change are linked from the last build, unchanged.
    const download = (name: string) => readFileSync(join(project.dir, "dist/downloads", name), "utf8");
    expect(download("workforce-demographics.csv")).toContain("Share of the force who are white,83%");
    expect(download("workforce-demographics.svg")).toContain(">83%<");
    expect(download("complaint-outcomes.csv")).toBe(otherCsv);
    // The same file, linked into the new build: not written again.
    expect(statSync(join(project.dir, "dist/downloads/complaint-outcomes.csv")).ino).toBe(otherCsvFile);
    // Only the pictures that show the corrected figure are drawn again (at least the chart's PNG download, its card,
    // and the card of the story it leads); every other PNG and card comes from the render cache.
    const [, count, named, left] = /PNGs: (\d+) drawn(?:: ([^;]*);|,) (\d+) unchanged since an earlier build/.exec(second.output)!;
    const [drawn, unchanged] = [Number(count), Number(left)];
    expect(drawn).toBeGreaterThanOrEqual(3);
    expect(unchanged).toBeGreaterThan(drawn * 2);
    // The log names them, so an editor sees it.
    expect(named?.split(", ")).toEqual(expect.arrayContaining(["downloads/workforce-demographics.png", "cards/charts/workforce-demographics.png"]));
    // Of the charts, only the one that shows the figure is drawn again; the others are read from the render cache.
    const [, chartCount, chartsNamed] = /charts: (\d+) drawn(?:: ([^;]*);|,) (\d+) unchanged since an earlier build/.exec(second.output)!;
    expect(chartsNamed?.split(", ")).toContain("workforce-demographics");
    expect(chartsNamed?.split(", ")).not.toContain("complaint-outcomes");
    expect(Number(chartCount)).toBe(chartsNamed?.split(", ").length);
    // The chart's card shows the new figure: a new version in its address, so networks fetch it again.
    expect(chartCard()).not.toBe(cardBefore);
    // Pages are rendered again only where they show the correction: the story and the chart's embed page are;
    // the embed page of a chart on other data is copied from the last build, however the build was started.
    // (Astro logs a page it copied as "cached", or "restored" when it made the copy itself.)
    const copied = [...second.output.matchAll(/─ (\/\S*index\.html) \((?:cached|restored)\)/g)].map((match) => match[1]);
    expect(copied).toContain("/embed/complaint-outcomes/index.html");
    expect(copied).not.toContain("/casey-review/index.html");
    expect(copied).not.toContain("/embed/workforce-demographics/index.html");
    // A copied page is the published page's file, linked into the new build: no page written again.
    expect(otherEmbed()).toBe(otherEmbedFile);
  });

  it("a quote not in its source stops the build with one clear line, no stack trace, and no page", () => {
    const project = copyProject("bad-quote");
    project.edit("data/facts/review.csv", (t) => t.replace("made 16 recommendations", "made 16 sweeping recommendations"));
    const {status, output} = npmRun(project.dir, "build");
    expect(status).not.toBe(0);
    expect(output).toContain('data/facts/review.csv:3  the quote "made 16 sweeping recommendations" is not in CNN (cnn-2023)  (copy the words exactly; the source reads "made 16 recommendations that outline a path toward creating');
    expect(output).toContain("The build stopped: 1 problem in the content.");
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(project.dir, "dist/casey-review/index.html"))).toBe(false);
  });

  it("an unknown chart id in a story stops the build, naming the story's line", () => {
    const project = copyProject("bad-chart");
    project.edit("content/casey-review.md", (t) => t.replace("::chart{#scandal-timeline}", "::chart{#scandals-timeline}"));
    const {status, output} = npmRun(project.dir, "build");
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/casey-review\.md:\d+:1 {2}there is no chart "scandals-timeline" {2}\(did you mean "scandal-timeline"\?/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it("with the site's address under a sub-folder (url in data/site.json), links carry the base path and embed code, oEmbed, discovery and link previews use absolute addresses", () => {
    const project = copyProject("site-url");
    project.edit("data/site.json", (t) => t.replace(/\n}\s*$/, ',\n  "url": "https://news.example/casey/"\n}\n'));
    const result = npmRun(project.dir, "build");
    expect(result.status, result.output).toBe(0);
    const story = parse(readFileSync(join(project.dir, "dist/casey-review/index.html"), "utf8"));
    expect(story.querySelector(".site-name")!.getAttribute("href")).toBe("/casey/");
    expect(story.querySelector(".chart-source a")!.getAttribute("href")).toMatch(/^\/casey\/sources\//);
    expect(story.getElementById("embed-code-workforce-demographics")!.textContent).toBe(
      '<iframe src="https://news.example/casey/embed/workforce-demographics/" title="A mostly white, mostly male force, where many report bullying and harassment" data-chart-embed width="100%" height="' +
        /height="(\d+)"/.exec(story.getElementById("embed-code-workforce-demographics")!.textContent!)![1] +
        '" loading="lazy" style="border:0;width:100%" scrolling="no"></iframe>\n<script async src="https://news.example/casey/embed.js"></script>',
    );
    const embed = parse(readFileSync(join(project.dir, "dist/embed/scandal-timeline/index.html"), "utf8"));
    expect(embed.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")).toBe("https://news.example/casey/embed/scandal-timeline/oembed.json");
    const oembed = JSON.parse(readFileSync(join(project.dir, "dist/embed/scandal-timeline/oembed.json"), "utf8"));
    expect(oembed.html).toMatch(/^<iframe src="https:\/\/news\.example\/casey\/embed\/scandal-timeline\/"/);
    expect(oembed.thumbnail_url).toBe("https://news.example/casey/downloads/scandal-timeline.png");
    expect(oembed.provider_url).toBe("https://news.example/casey/");
    // Link previews: canonical addresses and cards, absolute and under the sub-folder, and the cards are there.
    expect(story.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://news.example/casey/casey-review/");
    expect(story.querySelector('meta[property="og:image"]')!.getAttribute("content")).toMatch(/^https:\/\/news\.example\/casey\/cards\/stories\/casey-review\.png\?v=[0-9a-f]{12}$/);
    expect(embed.querySelector('meta[property="og:image"]')!.getAttribute("content")).toMatch(/^https:\/\/news\.example\/casey\/cards\/charts\/scandal-timeline\.png\?v=[0-9a-f]{12}$/);
    expect(existsSync(join(project.dir, "dist/cards/stories/casey-review.png"))).toBe(true);
    const article = JSON.parse(story.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(article.url).toBe("https://news.example/casey/casey-review/");
    expect(article.citation[0].url).toMatch(/^https:\/\/news\.example\/casey\/sources\//);
    // The feed, the sitemap, robots.txt and the 404 page give addresses under the base path; no embed page is in the sitemap.
    const feed = readFileSync(join(project.dir, "dist/feed.xml"), "utf8");
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://news.example/casey/feed.xml"/>');
    expect(feed).toContain("<id>https://news.example/casey/casey-review/</id>");
    expect(story.querySelector('link[type="application/atom+xml"]')!.getAttribute("href")).toBe("https://news.example/casey/feed.xml");
    const locs = [...readFileSync(join(project.dir, "dist/sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs).toContain("https://news.example/casey/casey-review/");
    expect(locs.filter((loc) => !loc.startsWith("https://news.example/casey/") || loc.includes("/embed/"))).toEqual([]);
    expect(readFileSync(join(project.dir, "dist/robots.txt"), "utf8")).toContain("\nSitemap: https://news.example/casey/sitemap.xml\n");
    const notFound = parse(readFileSync(join(project.dir, "dist/404.html"), "utf8"));
    expect([...notFound.querySelectorAll("main a")].map((a) => a.getAttribute("href"))).toEqual(expect.arrayContaining(["/casey/", "/casey/sources/", "/casey/casey-review/"]));
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    // _headers names the addresses the host serves, under the sub-folder: embeds framable anywhere, stories nowhere.
    const headers = readFileSync(join(project.dir, "dist/_headers"), "utf8");
    expect(headers).toMatch(/^\/casey\/embed\/scandal-timeline\/\n(?:  .*\n)*  Content-Security-Policy: [^\n]*frame-ancestors \*/m);
    expect(headers).toMatch(/^\/casey\/casey-review\/\n  X-Frame-Options: DENY\n/m);
    expect(headers).not.toMatch(/^\/embed\//m);
  });
});
