import type {Site} from "../site.ts";

/** Every quote the site relies on from one source: figures, dataset rows, timeline events and prose. */
export function quotesFrom(site: Site, sourceId: string): string[] {
  const quotes: string[] = [];
  for (const figure of site.data.figures.values()) if (figure.kind === "fact" && figure.source === sourceId) quotes.push(figure.quote);
  for (const dataset of site.data.datasets.values()) for (const row of dataset.rows) if (row.source === sourceId && row.rawLine === undefined) quotes.push(row.quote);
  for (const events of site.data.timelines.values()) for (const event of events) for (const c of event.citations) if (c.source === sourceId) quotes.push(c.quote);
  for (const story of site.stories) for (const q of story.quotes) if (q.source === sourceId) quotes.push(q.quote);
  return quotes;
}

/** The lines of a data-file source that dataset rows take their values from. */
export function rowsFrom(site: Site, sourceId: string): Set<number> {
  const lines = new Set<number>();
  for (const dataset of site.data.datasets.values()) for (const row of dataset.rows) if (row.source === sourceId && row.rawLine !== undefined) lines.add(row.rawLine);
  return lines;
}
