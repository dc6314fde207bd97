import { describe, expect, it } from "vitest";
import { describeGate, gateMet, LEFS_GATE_GAIN, strengthenOpenedOn, type PainLog } from "./phase-gate";

const today = "2026-11-22";
const logs = (...entries: [string, number][]): PainLog[] => entries.map(([day, score]) => ({ day, score }));

describe("phase gate", () => {
  it("opens on its date, not before", () => {
    const gate = { type: "date" as const, date: "2026-11-22" };
    expect(gateMet(gate, { logs: [], intakePain: 6, lefs: [], today: "2026-11-21" })).toBe(false);
    expect(gateMet(gate, { logs: [], intakePain: 6, lefs: [], today })).toBe(true);
  });

  it("opens after N consecutive days at or below the threshold, ending today or yesterday", () => {
    const gate = { type: "pain-threshold" as const, threshold: 3, days: 3 };
    expect(
      gateMet(gate, {
        logs: logs(["2026-11-20", 3], ["2026-11-21", 2], ["2026-11-22", 3]),
        intakePain: 6,
        lefs: [],
        today,
      }),
    ).toBe(true);
    expect(
      gateMet(gate, {
        logs: logs(["2026-11-19", 3], ["2026-11-20", 2], ["2026-11-21", 1]),
        intakePain: 6,
        lefs: [],
        today,
      }),
    ).toBe(true);
    expect(
      gateMet(gate, {
        logs: logs(["2026-11-20", 3], ["2026-11-21", 4], ["2026-11-22", 3]),
        intakePain: 6,
        lefs: [],
        today,
      }),
    ).toBe(false);
    expect(
      gateMet(gate, {
        logs: logs(["2026-11-19", 3], ["2026-11-21", 2], ["2026-11-22", 3]),
        intakePain: 6,
        lefs: [],
        today,
      }),
    ).toBe(false);
    expect(
      gateMet(gate, {
        logs: logs(["2026-11-17", 1], ["2026-11-18", 1], ["2026-11-19", 1]),
        intakePain: 6,
        lefs: [],
        today,
      }),
    ).toBe(false);
  });

  it("opens when the latest log is at least 2 points below intake", () => {
    const gate = { type: "pain-drop" as const, drop: 2 };
    expect(gateMet(gate, { logs: logs(["2026-11-20", 3], ["2026-11-21", 5]), intakePain: 6, lefs: [], today })).toBe(
      false,
    );
    expect(gateMet(gate, { logs: logs(["2026-11-20", 5], ["2026-11-21", 4]), intakePain: 6, lefs: [], today })).toBe(
      true,
    );
    expect(gateMet(gate, { logs: [], intakePain: 6, lefs: [], today })).toBe(false);
  });

  it("is open once the therapist advances the plan, whatever the gate", () => {
    const manual = {
      gate: { type: "manual" as const },
      startDay: "2026-11-15",
      today,
      logs: [],
      intakePain: 6,
      lefs: [],
    };
    expect(strengthenOpenedOn({ ...manual, advancedDay: "2026-11-21" })).toBe("2026-11-21");
    expect(strengthenOpenedOn({ ...manual, advancedDay: null })).toBeNull();
  });

  it("stays open from the first day its gate was met, even if pain rises again later", () => {
    const input = {
      gate: { type: "pain-drop" as const, drop: 2 },
      advancedDay: null,
      startDay: "2026-11-18",
      today,
      intakePain: 6,
      lefs: [],
    };
    expect(strengthenOpenedOn({ ...input, logs: logs(["2026-11-19", 5], ["2026-11-20", 4], ["2026-11-22", 6]) })).toBe(
      "2026-11-20",
    );
    expect(strengthenOpenedOn({ ...input, logs: logs(["2026-11-19", 5]) })).toBeNull();
  });

  it("opens when the latest LEFS is at least 9 points above the first, not on one entry", () => {
    const gate = { type: "lefs-gain" as const, gain: LEFS_GATE_GAIN };
    const ctx = { logs: [], intakePain: 6, today };
    const lefs = (...entries: [string, number][]) => entries.map(([day, score]) => ({ day, score }));
    expect(LEFS_GATE_GAIN).toBe(9);
    expect(gateMet(gate, { ...ctx, lefs: lefs(["2026-11-01", 40], ["2026-11-15", 48]) })).toBe(false);
    expect(gateMet(gate, { ...ctx, lefs: lefs(["2026-11-01", 40], ["2026-11-15", 49]) })).toBe(true);
    expect(gateMet(gate, { ...ctx, lefs: lefs(["2026-11-15", 70]) })).toBe(false);
    // Measured from the first LEFS, whatever the order they arrive in.
    expect(gateMet(gate, { ...ctx, lefs: lefs(["2026-11-15", 50], ["2026-11-01", 40]) })).toBe(true);
  });

  it("opens on the day of the LEFS that reached the gain, and stays open", () => {
    const opened = strengthenOpenedOn({
      gate: { type: "lefs-gain", gain: 9 },
      advancedDay: null,
      startDay: "2026-11-10",
      today,
      logs: [],
      intakePain: 6,
      lefs: [
        { day: "2026-11-09", score: 30 },
        { day: "2026-11-18", score: 41 },
        { day: "2026-11-21", score: 32 },
      ],
    });
    expect(opened).toBe("2026-11-18");
  });

  it("explains itself in plain words", () => {
    expect(describeGate({ type: "lefs-gain", gain: 9 }, 6)).toMatch(/at least 9 points higher than your first/);
    expect(describeGate({ type: "date", date: "2026-12-03" }, 6)).toBe("This phase unlocks on 3 Dec 2026.");
    expect(describeGate({ type: "pain-threshold", threshold: 3, days: 3 }, 6)).toBe(
      "This phase unlocks when you log pain of 3 or lower on 3 days in a row.",
    );
    expect(describeGate({ type: "pain-drop", drop: 2 }, 6)).toMatch(/4 or lower/);
  });
});
