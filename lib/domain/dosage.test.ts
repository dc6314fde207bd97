import { describe, expect, it } from "vitest";
import { describeDosage, timerOf } from "./dosage";

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

describe("timerOf", () => {
  it("times holds, once per repetition", () => {
    expect(timerOf({ holdSeconds: 30, reps: 3, timesPerDay: 2 })).toEqual({ seconds: 30, rounds: 3 });
    expect(timerOf({ holdSeconds: 30, timesPerDay: 1 })).toEqual({ seconds: 30, rounds: 1 });
    expect(timerOf({ holdSeconds: 5, sets: 2, reps: 10 })).toEqual({ seconds: 5, rounds: 20 });
  });

  it("times a stretch of minutes as one round, the holds inside it", () => {
    expect(timerOf({ minutes: 5, timesPerDay: 1 })).toEqual({ seconds: 300, rounds: 1 });
    expect(timerOf({ holdSeconds: 30, minutes: 5, timesPerDay: 1 })).toEqual({ seconds: 300, rounds: 1 });
  });

  it("has no timer for counted repetitions or advice", () => {
    expect(timerOf({ sets: 3, reps: 10, timesPerDay: 2 })).toBeNull();
    expect(timerOf({})).toBeNull();
  });
});
