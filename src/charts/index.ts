import type {ChartType} from "./chart.ts";
import {bars} from "./types/bars.ts";
import {columns} from "./types/columns.ts";
import {dots} from "./types/dots.ts";
import {groupedBars} from "./types/groupedBars.ts";
import {line} from "./types/line.ts";
import {panels, usePanelTypes} from "./types/panels.ts";
import {stackedBars} from "./types/stackedBars.ts";
import {table} from "./types/table.ts";
import {timeline} from "./types/timeline.ts";
import {waffle} from "./types/waffle.ts";

/** Every kind of chart a spec in data/charts/ can name in "type". A new type is added here. */
export const chartTypes: ReadonlyMap<string, ChartType> = new Map(
  ([bars, columns, line, stackedBars, groupedBars, dots, waffle, timeline, table, panels] as ChartType[]).map((type) => [type.name, type]),
);
// A panels chart draws each panel with one of the others.
usePanelTypes(chartTypes);
