import { describe, expect, it } from "vitest";
import { adherence, adherenceWindows, dueOn, formatAdherence } from "./adherence";
import { dayIn } from "./days";

const v1 = {
  from: "2026-11-16",
  entries: [
    { itemId: "calf-self-massage", phase: "relax" as const, dosage: { minutes: 5, timesPerDay: 1 } },
    { itemId: "calf-stretch", phase: "strengthen" as const, dosage: { holdSeconds: 20, timesPerDay: 3 } },
    { itemId: "advice-high-heels", phase: "load" as const, dosage: {} },
  ],
};

describe("adherence", () => {
  it("counts due sessions from the dosage, strengthen items only once that phase opened, advice never", () => {
    expect([...dueOn([v1], "2026-11-17", null)]).toEqual([["calf-self-massage", 1]]);
    expect([...dueOn([v1], "2026-11-20", "2026-11-20")]).toEqual([
      ["calf-self-massage", 1],
      ["calf-stretch", 3],
    ]);
    expect(dueOn([v1], "2026-11-15", null).size).toBe(0);
  });

  it("is done over due, not marks alone: extra taps and marks on undue items do not count", () => {
    const checkoffs = [
      { itemId: "calf-self-massage", day: "2026-11-20", session: 1 },
      { itemId: "calf-self-massage", day: "2026-11-20", session: 2 }, // an extra tap
      { itemId: "calf-stretch", day: "2026-11-19", session: 1 }, // phase 2 not open yet that day
      { itemId: "calf-stretch", day: "2026-11-21", session: 1 },
    ];
    const result = adherence({
      versions: [v1],
      strengthenFrom: "2026-11-21",
      checkoffs,
      from: "2026-11-20",
      to: "2026-11-22",
    });
    // due: massage 3 days × 1 + stretch 2 days × 3 = 9; done: massage 1 + stretch 1 = 2
    expect(result).toEqual({ due: 9, done: 2, ratio: 2 / 9 });
    expect(formatAdherence(result)).toBe("22% (2 of 9)");
  });

  it("uses the version in force each day", () => {
    const v2 = {
      from: "2026-11-21",
      entries: [{ itemId: "calf-self-massage", phase: "relax" as const, dosage: { timesPerDay: 2 } }],
    };
    expect(
      adherence({ versions: [v1, v2], strengthenFrom: null, checkoffs: [], from: "2026-11-20", to: "2026-11-21" }),
    ).toEqual({ due: 3, done: 0, ratio: 0 });
  });

  it("does not count paused days: a stop-symptom report or a flag pauses items from its first to its last day", () => {
    const checkoffs = [{ itemId: "calf-self-massage", day: "2026-11-18", session: 1 }];
    const base = { versions: [v1], strengthenFrom: null, checkoffs, from: "2026-11-16", to: "2026-11-20" };
    expect(adherence(base)).toEqual({ due: 5, done: 1, ratio: 1 / 5 });
    // Paused 17th to 19th: due on the 16th and the 20th, plus the session done on the 18th
    // (done before the pause began, as on the day a symptom is reported).
    const closed = [{ itemIds: ["calf-self-massage"], from: "2026-11-17", to: "2026-11-19" }];
    expect(adherence({ ...base, pauses: closed })).toEqual({ due: 3, done: 1, ratio: 1 / 3 });
    // Still on: nothing due from the 17th but what was done.
    expect(adherence({ ...base, pauses: [{ itemIds: ["calf-self-massage"], from: "2026-11-17", to: null }] })).toEqual({
      due: 2,
      done: 1,
      ratio: 1 / 2,
    });
    expect(
      adherence({ ...base, checkoffs: [], pauses: [{ itemIds: ["calf-self-massage"], from: "2026-11-17", to: null }] }),
    ).toEqual({ due: 1, done: 0, ratio: 0 });
    // A pause of other items changes nothing.
    expect(adherence({ ...base, pauses: [{ itemIds: ["calf-stretch"], from: "2026-11-16", to: null }] })).toEqual(
      adherence(base),
    );
    // Everything paused: nothing was due.
    expect(
      adherence({ ...base, checkoffs: [], pauses: [{ itemIds: ["calf-self-massage"], from: "2026-11-01", to: null }] })
        .ratio,
    ).toBeNull();
  });

  it("gives 7-day, 30-day and since-start windows with a fixed clock, and nothing due before the plan", () => {
    const today = dayIn("Europe/London", new Date("2026-11-22T10:00:00Z"));
    const windows = adherenceWindows(
      { versions: [v1], strengthenFrom: null, checkoffs: [{ itemId: "calf-self-massage", day: today, session: 1 }] },
      today,
    );
    expect(windows.last7).toEqual({ due: 7, done: 1, ratio: 1 / 7 });
    expect(windows.sinceStart).toEqual(windows.last7);
    expect(adherence({ versions: [], strengthenFrom: null, checkoffs: [], from: today, to: today })).toEqual({
      due: 0,
      done: 0,
      ratio: null,
    });
  });
});

describe("dayIn", () => {
  it("reads the calendar day in the practice's time zone", () => {
    expect(dayIn("Europe/London", new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-22");
    expect(dayIn("Australia/Sydney", new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
  });
});
