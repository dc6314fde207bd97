import { describe, expect, it } from "vitest";
import { describeDosage } from "./dosage";

describe("describeDosage", () => {
  it("says dosage in plain words", () => {
    expect(describeDosage({ sets: 3, reps: 10, timesPerDay: 2 })).toBe("3 sets of 10, twice a day");
    expect(describeDosage({ holdSeconds: 20, reps: 3, timesPerDay: 3 })).toBe(
      "3 times, hold 20 seconds, 3 times a day",
    );
    expect(describeDosage({ minutes: 5, timesPerDay: 1 })).toBe("5 minutes, once a day");
    expect(describeDosage({ sets: 2, reps: 10, daysPerWeek: 3 })).toBe("2 sets of 10, on 3 days a week");
    expect(describeDosage({})).toBe("");
  });
});
