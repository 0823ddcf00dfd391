import type {ChartModel} from "../charts/chart.ts";
import {paginate} from "../lib/paginate.ts";

/**
 * Charts listed on one page of /data/: a page stays about 40 KB however many
 * charts the site has (3,000 links on one page would be some 900 KB); the
 * package itself lists them all.
 */
export const chartsPerDataPage = 100;

/** The data page's list in pages: page 1 is /data/ itself. */
export function dataPages(charts: readonly ChartModel[], perPage = chartsPerDataPage): {number: number; charts: ChartModel[]}[] {
  return paginate(charts, perPage).map(({number, items}) => ({number, charts: items}));
}
