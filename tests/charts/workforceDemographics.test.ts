import {describe, it} from "vitest";
import {expectChartSnapshots} from "../helpers/chartSnapshots.ts";

describe("workforce-demographics", () => {
  it("workforce-demographics renders the same SVG in each layout", async () => {
    await expectChartSnapshots("workforce-demographics");
  });
});
