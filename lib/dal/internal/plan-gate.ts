// A plan's unlock rule and the day its strengthen phase opened.
import "server-only";
import { plans } from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { ScoredEntry } from "@/lib/domain/outcomes/change";
import { LEFS_GATE_GAIN, strengthenOpenedOn, type Gate, type PainLog } from "@/lib/domain/phase-gate";

type PlanRow = typeof plans.$inferSelect;

/** The unlock rule stored on a plan row. */
export function gateOf(row: Pick<PlanRow, "gateType" | "gateDate" | "gateThreshold" | "gateDays">): Gate {
  switch (row.gateType) {
    case "date":
      return row.gateDate ? { type: "date", date: row.gateDate } : { type: "manual" };
    case "pain-threshold":
      return { type: "pain-threshold", threshold: row.gateThreshold ?? 3, days: row.gateDays ?? 3 };
    case "pain-drop":
      return { type: "pain-drop", drop: 2 };
    case "lefs-gain":
      return { type: "lefs-gain", gain: LEFS_GATE_GAIN };
    default:
      return { type: "manual" };
  }
}

/** The plan row's columns that store an unlock rule (gateOf reads them back). */
export function gateColumns(gate: Gate): Pick<PlanRow, "gateType" | "gateDate" | "gateThreshold" | "gateDays"> {
  return {
    gateType: gate.type,
    gateDate: gate.type === "date" ? gate.date : null,
    gateThreshold: gate.type === "pain-threshold" ? gate.threshold : null,
    gateDays: gate.type === "pain-threshold" ? gate.days : null,
  };
}

/**
 * The first day phase 2 was open for this plan, or null while locked: what the builder shows
 * the therapist and what the portal shows the client, from the same inputs
 * (lib/domain/phase-gate.ts decides). The plan's first publication starts the count.
 */
export function strengthenOpenedOnFor(input: {
  plan: Pick<PlanRow, "gateType" | "gateDate" | "gateThreshold" | "gateDays" | "advancedAt">;
  firstPublishedAt: Date | null;
  intakePain: number | null;
  logs: readonly PainLog[];
  /** Completed LEFS totals by day (lib/dal/internal/outcomes.ts). */
  lefs: readonly ScoredEntry[];
  timeZone: string;
  today: string;
}): string | null {
  const { plan, timeZone, today } = input;
  return strengthenOpenedOn({
    gate: gateOf(plan),
    advancedDay: plan.advancedAt ? dayIn(timeZone, plan.advancedAt) : null,
    startDay: input.firstPublishedAt ? dayIn(timeZone, input.firstPublishedAt) : today,
    today,
    logs: input.logs,
    lefs: input.lefs,
    intakePain: input.intakePain,
  });
}
