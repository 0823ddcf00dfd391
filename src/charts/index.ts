import type {ChartType} from "./chart.ts";
import {bars} from "./types/bars.ts";
import {complaintOutcomes} from "./types/complaintOutcomes.ts";
import {line} from "./types/line.ts";
import {stackedBars} from "./types/stackedBars.ts";
import {timeline} from "./types/timeline.ts";
import {workforceDemographics} from "./types/workforceDemographics.ts";

/** Every kind of chart a spec in data/charts/ can name in "type". A new type is added here. */
export const chartTypes: ReadonlyMap<string, ChartType> = new Map(
  ([bars, line, stackedBars, timeline, workforceDemographics, complaintOutcomes] as ChartType[]).map((type) => [type.name, type]),
);
