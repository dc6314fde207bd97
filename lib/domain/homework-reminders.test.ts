import { describe, expect, it } from "vitest";
import { nextReminderAt, reminderVerdict } from "./homework-reminders";

const LONDON = "Europe/London";

describe("nextReminderAt", () => {
  it("is later today when the time has not come yet, else tomorrow, on the practice's clock", () => {
    expect(nextReminderAt("18:30", LONDON, new Date("2026-07-01T08:00:00Z")).toISOString()).toBe(
      "2026-07-01T17:30:00.000Z",
    );
    expect(nextReminderAt("08:00", LONDON, new Date("2026-07-01T08:00:00Z")).toISOString()).toBe(
      "2026-07-02T07:00:00.000Z",
    );
    expect(nextReminderAt("08:00", "America/New_York", new Date("2026-07-01T03:00:00Z")).toISOString()).toBe(
      "2026-07-01T12:00:00.000Z",
    );
  });

  it("keeps the wall-clock time across a change of clocks, and sends a time the clocks skip at the jump", () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 08:00 is 07:00 UTC before, 07:00 UTC after.
    expect(nextReminderAt("08:00", LONDON, new Date("2026-03-28T09:00:00Z")).toISOString()).toBe(
      "2026-03-29T07:00:00.000Z",
    );
    expect(nextReminderAt("01:30", LONDON, new Date("2026-03-28T23:00:00Z")).toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    // 25 October 2026: 01:30 happens twice; the first one counts.
    expect(nextReminderAt("01:30", LONDON, new Date("2026-10-24T23:00:00Z")).toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });
});

describe("reminderVerdict", () => {
  const dueAt = new Date("2026-07-01T07:00:00Z");
  it("sends on the day it was due for, to a client following an active plan", () => {
    const now = new Date("2026-07-01T07:00:30Z");
    expect(reminderVerdict({ dueAt, now, timeZone: LONDON, followsActivePlan: true })).toBe("send");
    expect(reminderVerdict({ dueAt, now, timeZone: LONDON, followsActivePlan: false })).toBe("no-plan");
  });

  it("does not send a day that has passed", () => {
    const now = new Date("2026-07-02T06:00:00Z");
    expect(reminderVerdict({ dueAt, now, timeZone: LONDON, followsActivePlan: true })).toBe("late");
  });
});
