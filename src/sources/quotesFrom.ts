import type {Site} from "../site.ts";

/** Every quote the site relies on from one source: figures, timeline events and prose. */
export function quotesFrom(site: Site, sourceId: string): string[] {
  const quotes: string[] = [];
  for (const figure of site.data.figures.values()) if (figure.kind === "fact" && figure.source === sourceId) quotes.push(figure.quote);
  for (const events of site.data.timelines.values()) for (const event of events) for (const c of event.citations) if (c.source === sourceId) quotes.push(c.quote);
  for (const story of site.stories) for (const q of story.quotes) if (q.source === sourceId) quotes.push(q.quote);
  return quotes;
}
