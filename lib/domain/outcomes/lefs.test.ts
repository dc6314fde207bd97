import { describe, expect, it } from "vitest";
import { scoreLefs } from "./lefs";
import { LEFS_ITEMS, LEFS_RESPONSES } from "./measures";

/**
 * A published worked example: one client's 20 LEFS answers at four visits with the totals the
 * authors computed (BMJ Case Reports, LEFS table: before a class, after it, at 6 and 12 months).
 */
const published = {
  before: [1, 2, 4, 4, 4, 1, 2, 3, 1, 4, 4, 1, 4, 3, 3, 3, 0, 3, 1, 2],
  after: [3, 3, 4, 4, 4, 4, 1, 4, 1, 4, 4, 3, 4, 3, 4, 1, 0, 0, 4, 3],
  sixMonths: [2, 3, 4, 4, 4, 3, 2, 4, 1, 4, 4, 4, 4, 3, 4, 0, 0, 0, 1, 3],
  twelveMonths: [2, 3, 4, 4, 4, 4, 2, 3, 2, 4, 4, 2, 3, 2, 4, 2, 2, 2, 2, 3],
};

describe("LEFS scoring", () => {
  it("has the 20 published activities and the 0-4 scale", () => {
    expect(LEFS_ITEMS).toHaveLength(20);
    expect(LEFS_ITEMS[0]).toBe("Any of your usual work, housework or school activities");
    expect(LEFS_ITEMS[16]).toBe("Running on uneven ground");
    expect(LEFS_ITEMS[19]).toBe("Rolling over in bed");
    expect(LEFS_RESPONSES[0].label).toBe("Extreme difficulty or unable to perform activity");
    expect(LEFS_RESPONSES[4]).toEqual({ value: 4, label: "No difficulty" });
  });

  it("sums the 20 answers as in the published example (50, 58, 54, 58)", () => {
    expect(scoreLefs(published.before)).toEqual({ ok: true, total: 50, answered: 20, prorated: false });
    expect(scoreLefs(published.after)).toMatchObject({ total: 58 });
    expect(scoreLefs(published.sixMonths)).toMatchObject({ total: 54 });
    expect(scoreLefs(published.twelveMonths)).toMatchObject({ total: 58 });
  });

  it("spans 0 to 80", () => {
    expect(scoreLefs(Array(20).fill(0))).toMatchObject({ total: 0 });
    expect(scoreLefs(Array(20).fill(4))).toMatchObject({ total: 80 });
  });

  it("prorates up to 4 blank items from the answered ones", () => {
    // Example 1 with item 17 (answered 0) left blank: 50 × 20 / 19 = 52.6 → 53.
    const oneBlank = published.before.map((a, i) => (i === 16 ? null : a));
    expect(scoreLefs(oneBlank)).toEqual({ ok: true, total: 53, answered: 19, prorated: true });
    // Four blanks among all-3 answers: 48 × 20 / 16 = 60, the same as answering 3 throughout.
    const fourBlank = Array.from({ length: 20 }, (_, i) => (i < 4 ? null : 3));
    expect(scoreLefs(fourBlank)).toEqual({ ok: true, total: 60, answered: 16, prorated: true });
  });

  it("does not score 5 or more blank items", () => {
    const fiveBlank = Array.from({ length: 20 }, (_, i) => (i < 5 ? null : 4));
    expect(scoreLefs(fiveBlank)).toEqual({ ok: false, code: "lefs.too-many-blank", answered: 15 });
  });

  it("refuses answers off the scale or the wrong number of items", () => {
    expect(() => scoreLefs(Array(19).fill(2))).toThrow(RangeError);
    expect(() => scoreLefs([...Array(19).fill(2), 5])).toThrow(RangeError);
    expect(() => scoreLefs([...Array(19).fill(2), 1.5])).toThrow(RangeError);
  });
});
