import type {Site} from "../site.ts";

/** Every quote the site relies on from one source: figures, dataset rows, timeline events and prose. */
export function quotesFrom(site: Site, sourceId: string): string[] {
  return citedIn(site).quotes.get(sourceId) ?? [];
}

/** The lines of a data-file source that dataset rows take their values from. */
export function rowsFrom(site: Site, sourceId: string): Set<number> {
  return citedIn(site).rows.get(sourceId) ?? new Set();
}

// Every source's quotes and rows, gathered in one pass over the site (not one pass per source page).
const gathered = new WeakMap<Site, {quotes: Map<string, string[]>; rows: Map<string, Set<number>>}>();
function citedIn(site: Site) {
  let cited = gathered.get(site);
  if (cited) return cited;
  const quotes = new Map<string, string[]>();
  const rows = new Map<string, Set<number>>();
  const quote = (source: string, text: string) => (quotes.get(source) ?? quotes.set(source, []).get(source)!).push(text);
  for (const figure of site.data.figures.values()) if (figure.kind === "fact") quote(figure.source, figure.quote);
  for (const dataset of site.data.datasets.values()) {
    for (const row of dataset.rows) {
      if (row.rawLine === undefined) quote(row.source, row.quote);
      else (rows.get(row.source) ?? rows.set(row.source, new Set()).get(row.source)!).add(row.rawLine);
    }
  }
  for (const events of site.data.timelines.values()) for (const event of events) for (const c of event.citations) quote(c.source, c.quote);
  for (const story of site.stories) for (const q of story.quotes) quote(q.source, q.quote);
  gathered.set(site, (cited = {quotes, rows}));
  return cited;
}
