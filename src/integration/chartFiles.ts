import {mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import type {AstroIntegration} from "astro";
import {cardsNoted, noteCard, noteCardHash} from "../cards/cardVersion.ts";
import {siteCards} from "../cards/siteCards.ts";
import type {ChartModel} from "../charts/chart.ts";
import {oembed} from "../embed/oembed.ts";
import {PngPool} from "../embed/pngPool.ts";
import {pngMaker} from "../embed/rasterise.ts";
import {standaloneSvg} from "../embed/standaloneSvg.ts";
import {toCsv} from "../embed/toCsv.ts";
import {projectRoot} from "../lib/paths.ts";
import {plural} from "../lib/plural.ts";
import {linkAddress} from "../lib/absoluteUrl.ts";
import {breather} from "../lib/breather.ts";
import {resultsVersion} from "../lib/resultMemo.ts";
import {sha256} from "../lib/sha256.ts";
import {linkUnchanged, writeOrLink} from "../lib/writeOrLink.ts";
import {writesDone} from "../lib/writeWhole.ts";
import {activeChartCache, chartsDrawn} from "../render/renderChart.ts";
import {loadSite, type Site} from "../site.ts";
import {publishedFolder} from "./publishBuild.ts";

/** A PNG the build publishes: where (a path in the build), from which SVG, at which scale. */
interface Picture {
  file: string;
  svg: () => string;
  scale: number;
  /** A link-preview card, whose address the pages give with its version. */
  card?: boolean;
  /**
   * What its SVG is made from, as text (a chart's by the hash of its inputs),
   * when known: under the same code, the same text makes the same SVG, so a
   * later build finds its PNG by it without making the SVG again.
   */
  shows?: string;
}

/** Every chart's PNG download (its standalone SVG, `standalone(model)`, at 2x) and every link-preview card (1200x630, at 1x). */
function pictures(site: Site, standalone: (model: ChartModel) => string): Picture[] {
  return [
    ...[...site.charts.values()].map((model) => ({file: `downloads/${model.id}.png`, svg: () => standalone(model), scale: 2, ...(model.inputKey && {shows: JSON.stringify({standalone: model.inputKey})})})),
    ...siteCards(site).map((card) => ({file: card.path.slice(1), svg: card.svg, scale: 1, card: true, ...(card.shows && {shows: card.shows})})),
  ];
}

/**
 * The key of what a build makes from some inputs (`made`, as text), to find it
 * without making it again: the inputs, all the code and every dependency's
 * version, and the site's address (in the links the files and charts carry).
 */
function madeKeys(): (made: string) => string {
  const build = JSON.stringify([resultsVersion(), linkAddress()]);
  return (made) => sha256(`${made}\n${build}`);
}

/** A picture's key: what it shows and how its PNG is made (scale, renderer, fonts); none when what it shows is not known. */
const pictureKey = (picture: Picture, keyOf: (made: string) => string) => picture.shows === undefined ? undefined : keyOf(JSON.stringify([picture.shows, pngMaker(picture.scale)]));

/**
 * Each chart's files besides its embed page: its data (`/downloads/<id>.csv`),
 * standalone SVG and PNG (`.svg`, `.png`, the SVG at 2x) and oEmbed document
 * (`/embed/<id>/oembed.json`), and every page's link-preview card (`/cards/…`),
 * written straight into the build rather than as thousands of Astro routes.
 * Each picture is looked for in the render cache while Astro bundles the pages
 * (right after the check): by its inputs, if an earlier build noted what they
 * made, else by its SVG, made for it. Those not kept from an earlier build are
 * drawn by worker threads while Astro writes the pages on the main thread;
 * each is kept in the render cache as it is done (not held in memory), and put
 * into the build as a hard link to the cache's file (no bytes copied). All are
 * in the build before it is published; a download or oEmbed document the last
 * published build has (by its chart's inputs and its hash, or byte for byte)
 * is linked from it rather than made or written again. A correction thus makes
 * again only the files of what it changed. (The dev server makes each file on
 * request, from the same functions.)
 */
export function chartFiles(): AstroIntegration {
  let pool: PngPool | undefined;
  let models: ChartModel[] = [];
  let wanted: Picture[] = [];
  let preparing: Promise<void> = Promise.resolve();
  // The keys of what this build makes, taken once as it starts: the code that makes the files is the code loaded then.
  let keyOf: ((made: string) => string) | undefined;
  const standalone = new Map<string, string>();
  // Card SVGs a page made (asking for a card's address) before the pictures below came to them.
  const madeByPage = new Map<string, string>();
  // Where the render cache keeps each picture, found once: making a card's SVG again costs as much as drawing its chart.
  const kept = new Map<string, string>();
  const drawing = new Map<string, Promise<Buffer | undefined>>();
  // Drawn by the next free PNG thread and kept at `keptAt` in the render cache. Only the cache file's path is
  // held until then, not the SVG: thousands wait at once in a cold build, which the pool holds deflated.
  const draw = (svg: string, scale: number, keptAt = activeChartCache()?.bytesFile(svg, pngMaker(scale))) => {
    pool ??= new PngPool();
    const cache = activeChartCache();
    return pool.render(svg, scale).then(async (png) => {
      // No render cache (CHART_CACHE=off): the PNG is held in memory until it is written into the build.
      if (!cache || keptAt === undefined) return png;
      await cache.writeBytesAt(keptAt, png);
      return undefined;
    });
  };
  return {
    name: "chart-files",
    hooks: {
      "astro:build:start": () => {
        // Runs after the check (content-check comes first), which stops the build on any problem.
        const site = loadSite();
        const cache = activeChartCache();
        models = [...site.charts.values()];
        // Each chart's standalone SVG, made once for its PNG and its SVG download (a few KB each).
        standalone.clear();
        wanted = pictures(site, (model) => {
          let svg = standalone.get(model.id);
          if (svg === undefined) standalone.set(model.id, (svg = standaloneSvg(model, site.data).svg));
          return svg;
        });
        madeByPage.clear();
        // A picture whose inputs made a PNG that the render cache still has is found by them, its SVG not made
        // (a card's version comes from its SVG's hash, kept with it).
        const keys = new Map<Picture, string>();
        const buildKeys = (keyOf = madeKeys());
        const toMake = wanted.filter((picture) => {
          const key = cache && pictureKey(picture, buildKeys);
          if (!key) return true;
          keys.set(picture, key);
          const found = cache.made(key);
          if (!found?.png || !cache.hasBytesAt(found.png)) return true;
          kept.set(picture.file, found.png);
          if (picture.card) noteCardHash(`/${picture.file}`, found.hash);
          return false;
        });
        // A page gives its card's address with the card's version: made here below, or by the page if it comes first.
        // One a page made first is handed on here below (once), not made again.
        for (const picture of toMake) {
          if (picture.card) {
            noteCard(`/${picture.file}`, () => {
              const svg = picture.svg();
              madeByPage.set(picture.file, svg);
              return svg;
            });
          }
        }
        cardsNoted();
        // Each picture's SVG is made to find it in the render cache, and those not kept are queued for the PNG
        // threads: a few dozen at a time, so the work fills the main thread while Astro bundles the pages on others.
        // Cards first: the pages ask for their versions as soon as they are rendered.
        preparing = (async () => {
          const pause = breather(32);
          for (const picture of [...toMake.filter((p) => p.card), ...toMake.filter((p) => !p.card)]) {
            await pause();
            // A card a page made first already has its version.
            const madeFirst = madeByPage.get(picture.file);
            madeByPage.delete(picture.file);
            let svg: string;
            try {
              svg = madeFirst ?? picture.svg();
            } catch (error) {
              throw new Error(`could not make the SVG of ${picture.file}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
            }
            const hash = sha256(svg);
            if (picture.card && madeFirst === undefined) noteCardHash(`/${picture.file}`, hash);
            // Its place in the render cache, found once (a hash of the SVG), and noted under its inputs for the next build.
            const keptAt = cache?.bytesFile(svg, pngMaker(picture.scale));
            if (keptAt) kept.set(picture.file, keptAt);
            const key = keys.get(picture);
            if (keptAt && key) cache?.keepMade(key, {hash, png: keptAt});
            if (keptAt && cache?.hasBytesAt(keptAt)) continue;
            const job = draw(svg, picture.scale, keptAt);
            // A failure is reported when the build collects the files, not as an unhandled rejection before.
            job.catch(() => undefined);
            drawing.set(picture.file, job);
          }
        })();
        preparing.catch(() => undefined);
      },
      "astro:build:done": async ({dir, logger}) => {
        try {
          await preparing;
          const site = loadSite();
          const cache = activeChartCache();
          const root = fileURLToPath(dir);
          // Thousands of small files, written synchronously (a quarter of the processor time the promise API takes
          // for each, on a build that has no processor to spare), with a pause every few dozen so that the PNG
          // threads and the search index, whose replies come to this thread, go on meanwhile.
          const pause = breather(64);
          const folders = new Set([join(root, "downloads"), ...models.map((model) => join(root, "embed", model.id)), ...wanted.map((picture) => dirname(join(root, picture.file)))]);
          for (const folder of folders) mkdirSync(folder, {recursive: true});
          // A file the last published build has byte for byte is linked from it, not written again; one its chart's
          // inputs made before (the hash of their last file kept in the render cache) is linked without being made.
          const published = join(projectRoot(), publishedFolder);
          const keys = (keyOf ??= madeKeys());
          const write = (path: string, model: ChartModel, make: () => string) => {
            const key = cache && model.inputKey ? keys(JSON.stringify([path, model.inputKey])) : undefined;
            const known = key && cache?.made(key);
            if (known && linkUnchanged(join(root, path), join(published, path), known.hash)) return;
            const body = Buffer.from(make());
            writeOrLink(join(root, path), body, join(published, path));
            if (key) cache?.keepMade(key, {hash: sha256(body)});
          };
          for (const model of models) {
            write(`downloads/${model.id}.csv`, model, () => toCsv(model));
            write(`downloads/${model.id}.svg`, model, () => standalone.get(model.id) ?? standaloneSvg(model, site.data).svg);
            write(`embed/${model.id}/oembed.json`, model, () => JSON.stringify(oembed(model, site.data), null, 2));
            await pause();
          }
          const redrawn: string[] = [];
          const publish = async (picture: Picture) => {
            const target = join(root, picture.file);
            const png = await drawing.get(picture.file);
            // Drawn into memory (no cache), or kept in the cache (now or by an earlier build) and checked against its hash.
            if (png) return writeFileSync(target, png);
            const keptAt = kept.get(picture.file);
            if (cache && keptAt && cache.publishBytesAt(keptAt, target)) return;
            // Missing or damaged since the build started: drawn again.
            redrawn.push(picture.file);
            const svg = picture.svg();
            const again = (await draw(svg, picture.scale)) ?? cache?.readBytes(svg, pngMaker(picture.scale));
            if (!again) throw new Error(`${picture.file} could not be kept in ${cache ? "the render cache" : "memory"}`);
            writeFileSync(target, again);
          };
          // Those kept from an earlier build first, a few dozen at a time; then each being drawn, once it is.
          const later: Promise<void>[] = [];
          for (const picture of wanted) {
            if (drawing.has(picture.file)) {
              const published = publish(picture);
              // Its failure is reported by the Promise.all below, not as an unhandled rejection while the loop goes on.
              published.catch(() => undefined);
              later.push(published);
            }
            else {
              await publish(picture);
              await pause();
            }
          }
          await Promise.all(later);
          // What this build checked and published, the next need not read again while it is unchanged.
          cache?.saveChecked();
          const drawn = [...drawing.keys(), ...redrawn];
          const charts = models.map((model) => model.id).filter((id) => chartsDrawn().has(id));
          // A few are named, so an editor sees that a correction drew again only what shows it.
          const named = (list: string[]) => (list.length && list.length <= 12 ? `: ${list.join(", ")};` : ",");
          logger.info(
            `wrote the downloads and oEmbed documents of ${plural(models.length, "chart")} and ${plural(wanted.length - models.length, "link-preview card")} ` +
              `(charts: ${charts.length} drawn${named(charts)} ${models.length - charts.length} unchanged since an earlier build; ` +
              `PNGs: ${drawn.length} drawn${named(drawn)} ${wanted.length - drawn.length} unchanged since an earlier build)`,
          );
        } finally {
          standalone.clear();
          madeByPage.clear();
          await pool?.close();
          // On a failure too: what the check and the drawings keep for the next build reaches the disk first.
          await writesDone();
        }
      },
    },
  };
}
