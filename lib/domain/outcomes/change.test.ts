import { describe, expect, it } from "vitest";
import { changeFrom, describeChange, seriesOf } from "./change";
import { isDue, nextDue } from "./schedule";

describe("clinically important change", () => {
  it("marks LEFS at 9 points, not 8, in either direction", () => {
    expect(changeFrom("lefs", 40, 49)).toEqual({ points: 9, direction: "better", important: true });
    expect(changeFrom("lefs", 40, 48)).toEqual({ points: 8, direction: "better", important: false });
    expect(changeFrom("lefs", 40, 30)).toEqual({ points: -10, direction: "worse", important: true });
  });

  it("marks NPRS at a 2-point change, falling pain being better", () => {
    expect(changeFrom("nprs", 6, 4)).toEqual({ points: -2, direction: "better", important: true });
    expect(changeFrom("nprs", 6, 5)).toEqual({ points: -1, direction: "better", important: false });
    expect(changeFrom("nprs", 3, 5)).toEqual({ points: 2, direction: "worse", important: true });
  });

  it("marks PSFS means at 2 points without floating-point misses", () => {
    expect(changeFrom("psfs", 2.7, 4.7)).toEqual({ points: 2, direction: "better", important: true });
    expect(changeFrom("psfs", 2.7, 4.6)).toMatchObject({ important: false });
  });

  it("compares every entry with the first, oldest first", () => {
    const series = seriesOf("lefs", [
      { day: "2026-11-20", score: 52 },
      { day: "2026-11-01", score: 40 },
      { day: "2026-11-10", score: 45 },
    ]);
    expect(series.map((e) => [e.day, e.change?.points ?? null, e.change?.important ?? null])).toEqual([
      ["2026-11-01", null, null],
      ["2026-11-10", 5, false],
      ["2026-11-20", 12, true],
    ]);
  });

  it("explains a marked change with the threshold", () => {
    expect(describeChange("lefs", changeFrom("lefs", 40, 50))).toBe(
      "LEFS up 10 points since the first, at or past the 9-point threshold for a clinically important change.",
    );
    expect(describeChange("nprs", changeFrom("nprs", 6, 5))).toBe(
      "NPRS down 1 point since the first, below the 2-point threshold for a clinically important change.",
    );
  });
});

describe("questionnaire schedule", () => {
  it("is due now with no entry, then every N days, never without a schedule", () => {
    expect(nextDue({ everyDays: 14, lastDay: null, today: "2026-11-22" })).toBe("2026-11-22");
    expect(nextDue({ everyDays: 14, lastDay: "2026-11-10", today: "2026-11-22" })).toBe("2026-11-24");
    expect(isDue({ everyDays: 14, lastDay: "2026-11-10", today: "2026-11-23" })).toBe(false);
    expect(isDue({ everyDays: 14, lastDay: "2026-11-10", today: "2026-11-24" })).toBe(true);
    expect(isDue({ everyDays: null, lastDay: "2026-01-01", today: "2026-11-24" })).toBe(false);
  });
});
