import {describe, expect, it} from "vitest";
import {wholeShares} from "../../src/charts/wholeShares.ts";

describe("wholeShares", () => {
  it("gives whole percentages that add up to 100, the spare points to the largest remainders", () => {
    expect(wholeShares([14.2, 12.1, 9.5])).toEqual([40, 34, 26]);
    expect(wholeShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholeShares([50, 50])).toEqual([50, 50]);
    expect(wholeShares([0, 0])).toEqual([0, 0]);
  });
});
