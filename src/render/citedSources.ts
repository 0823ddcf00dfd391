import type {ChartModel} from "../charts/chart.ts";
import type {Data} from "../data/loadData.ts";

/** The sources a chart cites, once each in the order first cited, labelled as readers see them: "CNN (2023)". */
export function citedSources(chart: ChartModel, data: Data): {id: string; label: string}[] {
  return [...new Set(chart.citations.map((citation) => citation.source))].map((id) => {
    const source = data.sources.get(id);
    return {id, label: source ? `${source.outlet} (${source.date.from.slice(0, 4)})` : id};
  });
}
