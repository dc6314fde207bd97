import { describe, expect, it } from "vitest";
import { scoreNprs } from "./nprs";
import { scorePsfs } from "./psfs";

describe("PSFS and NPRS scoring", () => {
  it("PSFS is the mean of the activity ratings, to one decimal", () => {
    // The published rule (Stratford et al. 1995): three activities rated 3, 5 and 4 score (3 + 5 + 4) / 3 = 4.
    expect(scorePsfs([3, 5, 4])).toBe(4);
    expect(scorePsfs([2, 3, 3])).toBe(2.7);
    expect(scorePsfs([10, 10, 10, 10, 9])).toBe(9.8);
  });

  it("PSFS refuses ratings off 0-10 and more than 5 activities", () => {
    expect(() => scorePsfs([11, 2, 3])).toThrow(RangeError);
    expect(() => scorePsfs([1, 2, 3, 4, 5, 6])).toThrow(RangeError);
    expect(() => scorePsfs([])).toThrow(RangeError);
  });

  it("NPRS is the rating itself, 0-10", () => {
    expect(scoreNprs(0)).toBe(0);
    expect(scoreNprs(7)).toBe(7);
    expect(() => scoreNprs(11)).toThrow(RangeError);
    expect(() => scoreNprs(-1)).toThrow(RangeError);
  });
});
