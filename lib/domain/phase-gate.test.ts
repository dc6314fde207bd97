import { describe, expect, it } from "vitest";
import { describeGate, gateMet, strengthenOpenedOn, type PainLog } from "./phase-gate";

const today = "2026-11-22";
const logs = (...entries: [string, number][]): PainLog[] => entries.map(([day, score]) => ({ day, score }));

describe("phase gate", () => {
  it("opens on its date, not before", () => {
    const gate = { type: "date" as const, date: "2026-11-22" };
    expect(gateMet(gate, { logs: [], intakePain: 6, today: "2026-11-21" })).toBe(false);
    expect(gateMet(gate, { logs: [], intakePain: 6, today })).toBe(true);
  });

  it("opens after N consecutive days at or below the threshold, ending today or yesterday", () => {
    const gate = { type: "pain-threshold" as const, threshold: 3, days: 3 };
    expect(
      gateMet(gate, { logs: logs(["2026-11-20", 3], ["2026-11-21", 2], ["2026-11-22", 3]), intakePain: 6, today }),
    ).toBe(true);
    expect(
      gateMet(gate, { logs: logs(["2026-11-19", 3], ["2026-11-20", 2], ["2026-11-21", 1]), intakePain: 6, today }),
    ).toBe(true);
    expect(
      gateMet(gate, { logs: logs(["2026-11-20", 3], ["2026-11-21", 4], ["2026-11-22", 3]), intakePain: 6, today }),
    ).toBe(false);
    expect(
      gateMet(gate, { logs: logs(["2026-11-19", 3], ["2026-11-21", 2], ["2026-11-22", 3]), intakePain: 6, today }),
    ).toBe(false);
    expect(
      gateMet(gate, { logs: logs(["2026-11-17", 1], ["2026-11-18", 1], ["2026-11-19", 1]), intakePain: 6, today }),
    ).toBe(false);
  });

  it("opens when the latest log is at least 2 points below intake", () => {
    const gate = { type: "pain-drop" as const, drop: 2 };
    expect(gateMet(gate, { logs: logs(["2026-11-20", 3], ["2026-11-21", 5]), intakePain: 6, today })).toBe(false);
    expect(gateMet(gate, { logs: logs(["2026-11-20", 5], ["2026-11-21", 4]), intakePain: 6, today })).toBe(true);
    expect(gateMet(gate, { logs: [], intakePain: 6, today })).toBe(false);
  });

  it("is open once the therapist advances the plan, whatever the gate", () => {
    const manual = { gate: { type: "manual" as const }, startDay: "2026-11-15", today, logs: [], intakePain: 6 };
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
    };
    expect(strengthenOpenedOn({ ...input, logs: logs(["2026-11-19", 5], ["2026-11-20", 4], ["2026-11-22", 6]) })).toBe(
      "2026-11-20",
    );
    expect(strengthenOpenedOn({ ...input, logs: logs(["2026-11-19", 5]) })).toBeNull();
  });

  it("explains itself in plain words", () => {
    expect(describeGate({ type: "date", date: "2026-12-03" }, 6)).toBe("This phase unlocks on 3 Dec 2026.");
    expect(describeGate({ type: "pain-threshold", threshold: 3, days: 3 }, 6)).toBe(
      "This phase unlocks when you log pain of 3 or lower on 3 days in a row.",
    );
    expect(describeGate({ type: "pain-drop", drop: 2 }, 6)).toMatch(/4 or lower/);
  });
});
