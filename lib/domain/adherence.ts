import { addDays, daysBetween } from "./days";
import { dailySessions } from "./dosage";
import type { Dosage, PlanPhase } from "./reference/plan-items";

/**
 * Adherence = sessions done / sessions due (issue 5). What is due comes from the plan version in
 * force each day and the dosage of each item (3 times a day = 3 sessions), strengthen items only
 * from the day that phase opened; advice is never due. Marks beyond what was due do not count,
 * so tapping more never raises adherence above what the plan asked. An item the client was told
 * not to do is not due either: a stop-symptom report pauses hands-on work and an open flag pauses
 * the items it blocks (DOMAIN.md, red flags and cautions), so a client who obeyed is not marked
 * down for it; sessions done on such a day before the pause began still count. Pure: days are
 * passed in.
 */
export interface VersionInForce {
  /** First day the version applied (its publication day). */
  from: string;
  entries: ReadonlyArray<{ itemId: string; phase: PlanPhase; dosage: Dosage }>;
}

export interface Checkoff {
  itemId: string;
  day: string;
  session: number;
}

/** Days an item was paused, both ends included (the day it began and the day it was lifted). */
export interface Pause {
  itemIds: readonly string[];
  from: string;
  /** null while the pause is still on. */
  to: string | null;
}

export interface Adherence {
  due: number;
  done: number;
  /** done / due, or null when nothing was due. */
  ratio: number | null;
}

function versionOn(versions: readonly VersionInForce[], day: string): VersionInForce | undefined {
  return [...versions]
    .filter((v) => v.from <= day)
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
}

/** Sessions due for each item on a day. */
export function dueOn(
  versions: readonly VersionInForce[],
  day: string,
  strengthenFrom: string | null,
): Map<string, number> {
  const due = new Map<string, number>();
  for (const entry of versionOn(versions, day)?.entries ?? []) {
    if (entry.phase === "strengthen" && (strengthenFrom === null || day < strengthenFrom)) continue;
    const sessions = dailySessions(entry.dosage);
    if (entry.phase !== "load" && sessions > 0) due.set(entry.itemId, sessions);
  }
  return due;
}

export function adherence(input: {
  versions: readonly VersionInForce[];
  strengthenFrom: string | null;
  checkoffs: readonly Checkoff[];
  pauses?: readonly Pause[];
  from: string;
  to: string;
}): Adherence {
  const pausedOn = (itemId: string, day: string) =>
    (input.pauses ?? []).some((p) => p.from <= day && (p.to === null || day <= p.to) && p.itemIds.includes(itemId));
  const first = [...input.versions].map((v) => v.from).sort()[0];
  if (!first) return { due: 0, done: 0, ratio: null };
  let due = 0;
  let done = 0;
  for (const day of daysBetween(input.from < first ? first : input.from, input.to)) {
    for (const [itemId, sessions] of dueOn(input.versions, day, input.strengthenFrom)) {
      const marks = new Set(input.checkoffs.filter((c) => c.itemId === itemId && c.day === day).map((c) => c.session))
        .size;
      const counted = Math.min(marks, sessions);
      // On a paused day only what was done (before the pause began) counts, as due and as done.
      due += pausedOn(itemId, day) ? counted : sessions;
      done += counted;
    }
  }
  return { due, done, ratio: due === 0 ? null : done / due };
}

/** The three windows shown to client and therapist. */
export function adherenceWindows(input: Omit<Parameters<typeof adherence>[0], "from" | "to">, today: string) {
  const start = [...input.versions].map((v) => v.from).sort()[0] ?? today;
  return {
    last7: adherence({ ...input, from: addDays(today, -6), to: today }),
    last30: adherence({ ...input, from: addDays(today, -29), to: today }),
    sinceStart: adherence({ ...input, from: start, to: today }),
  };
}

export function formatAdherence(a: Adherence): string {
  return a.ratio === null ? "nothing due yet" : `${Math.round(a.ratio * 100)}% (${a.done} of ${a.due})`;
}
