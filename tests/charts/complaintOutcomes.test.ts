import {describe, it} from "vitest";
import {expectChartSnapshots} from "../helpers/chartSnapshots.ts";

describe("complaint-outcomes", () => {
  it("complaint-outcomes renders the same SVG in each layout", async () => {
    await expectChartSnapshots("complaint-outcomes");
  });
});
