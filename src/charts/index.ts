import type {ChartModule} from "./chart.ts";
import {complaintOutcomes} from "./complaintOutcomes.ts";
import {scandalTimeline} from "./scandalTimeline.ts";
import {workforceDemographics} from "./workforceDemographics.ts";

/** Every chart, by id. A new chart module is added here (npm run new:chart does it). */
export const charts: ReadonlyMap<string, ChartModule> = new Map(
  [workforceDemographics, complaintOutcomes, scandalTimeline].map((chart) => [chart.id, chart]),
);
