import {describe, it} from "vitest";
import {expectChartSnapshots} from "../helpers/chartSnapshots.ts";

describe("scandal-timeline", () => {
  it("scandal-timeline renders the same SVG in each layout", async () => {
    await expectChartSnapshots("scandal-timeline");
  });
});
