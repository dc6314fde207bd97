import { addDays } from "./days";
import { formatDate } from "../format";
import type { ScoredEntry } from "./outcomes/change";
import { MEASURES } from "./outcomes/measures";

/**
 * When the strengthen phase opens for the client (DOMAIN.md "Rules the app enforces" 1): when
 * the therapist advances the plan, or when the plan's gate is met — a date, pain at or below a
 * threshold on N consecutive days of logs, a drop of at least 2 points from intake, or a LEFS
 * total that has risen by its clinically important difference (9 points, Binkley et al. 1999;
 * lib/domain/outcomes/measures.ts) from the client's first LEFS. Pure: the day is passed in
 * (yyyy-mm-dd in the practice's time zone).
 */
export type Gate =
  | { type: "manual" }
  | { type: "date"; date: string }
  | { type: "pain-threshold"; threshold: number; days: number }
  | { type: "pain-drop"; drop: number }
  | { type: "lefs-gain"; gain: number };

/** The LEFS rule's rise: the measure's MCID, so the gate and the progress marks agree. */
export const LEFS_GATE_GAIN = MEASURES.lefs.mcid;

export interface PainLog {
  /** yyyy-mm-dd */
  day: string;
  score: number;
}

/**
 * The pain a "2-point drop" is measured from. Without an intake score it is the worst pain (10):
 * the gate then asks for a low score outright and never opens early on a missing number.
 */
export function dropBaseline(intakePain: number | null): number {
  return intakePain ?? 10;
}

export function gateMet(
  gate: Gate,
  ctx: { logs: readonly PainLog[]; intakePain: number | null; today: string; lefs: readonly ScoredEntry[] },
): boolean {
  switch (gate.type) {
    case "manual":
      return false;
    case "date":
      return ctx.today >= gate.date;
    case "pain-threshold": {
      // The last `days` calendar days, ending today or yesterday, each logged at or below it.
      const byDay = new Map(ctx.logs.map((l) => [l.day, l.score]));
      return [ctx.today, addDays(ctx.today, -1)].some((end) =>
        Array.from({ length: gate.days }, (_, i) => byDay.get(addDays(end, -i))).every(
          (s) => s !== undefined && s <= gate.threshold,
        ),
      );
    }
    case "pain-drop": {
      const latest = [...ctx.logs].sort((a, b) => a.day.localeCompare(b.day)).at(-1);
      return latest !== undefined && latest.score <= dropBaseline(ctx.intakePain) - gate.drop;
    }
    case "lefs-gain": {
      // Compared with the first LEFS (the baseline), as the progress marks are; one entry is no change.
      const sorted = ctx.lefs.filter((e) => e.day <= ctx.today).sort((a, b) => a.day.localeCompare(b.day));
      const first = sorted[0];
      const latest = sorted.at(-1);
      return sorted.length >= 2 && latest!.score - first!.score >= gate.gain;
    }
  }
}

/**
 * The first day phase 2 was open, or null while it is locked: the day the therapist advanced
 * the plan, or the first day since `startDay` on which its gate was met. Once open it stays
 * open, so the client never sees exercises disappear because one bad day was logged.
 */
export function strengthenOpenedOn(input: {
  gate: Gate;
  advancedDay: string | null;
  startDay: string;
  today: string;
  logs: readonly PainLog[];
  intakePain: number | null;
  /** Completed LEFS totals by day (the lefs-gain rule reads them). */
  lefs: readonly ScoredEntry[];
}): string | null {
  for (let day = input.startDay; day <= input.today; day = addDays(day, 1)) {
    if (input.advancedDay !== null && day >= input.advancedDay) return day;
    const logsSoFar = input.logs.filter((l) => l.day <= day);
    const context = { logs: logsSoFar, intakePain: input.intakePain, today: day, lefs: input.lefs };
    if (gateMet(input.gate, context)) return day;
  }
  return input.advancedDay !== null && input.advancedDay <= input.today ? input.advancedDay : null;
}

/** What unlocks the next phase, in words a client understands. */
export function describeGate(gate: Gate, intakePain: number | null): string {
  const baseline = dropBaseline(intakePain);
  switch (gate.type) {
    case "manual":
      return "Your therapist will unlock this phase when you are ready, usually at your next visit.";
    case "date":
      return `This phase unlocks on ${formatDate(gate.date)}.`;
    case "pain-threshold":
      return `This phase unlocks when you log pain of ${gate.threshold} or lower on ${gate.days} days in a row.`;
    case "pain-drop":
      return `This phase unlocks when your logged pain is ${Math.max(0, baseline - gate.drop)} or lower (at least ${gate.drop} points below the ${baseline} you had at your first visit).`;
    case "lefs-gain":
      return `This phase unlocks when your leg function questionnaire (LEFS) score is at least ${gate.gain} points higher than your first one.`;
  }
}
