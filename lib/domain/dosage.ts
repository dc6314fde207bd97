import type { Dosage } from "./reference/plan-items";

/** Dosage in plain words for a client: "3 sets of 10, twice a day". */
const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function describeDosage(d: Dosage): string {
  const parts: string[] = [];
  if (d.sets && d.reps) parts.push(`${plural(d.sets, "set")} of ${d.reps}`);
  else if (d.reps) parts.push(`${d.reps} times`);
  else if (d.sets) parts.push(plural(d.sets, "set"));
  if (d.holdSeconds) parts.push(`hold ${plural(d.holdSeconds, "second")}`);
  if (d.minutes) parts.push(plural(d.minutes, "minute"));
  if (d.timesPerDay) parts.push(`${times(d.timesPerDay)} a day`);
  if (d.daysPerWeek && d.daysPerWeek < 7) parts.push(`on ${plural(d.daysPerWeek, "day")} a week`);
  return parts.join(", ");
}

/** How many times a day the item is due (advice items are never "due"). */
export function dailySessions(d: Dosage): number {
  return d.timesPerDay ?? (Object.keys(d).length > 0 ? 1 : 0);
}

/**
 * The timer for one session of an item, from its dosage: a hold of `seconds`, `rounds` times
 * ("hold 20 seconds, 3 times"), or one stretch of `minutes` (a 5-minute release, whose holds on
 * tender spots happen inside it). Null when the dosage is counted, not timed (sets of
 * repetitions), or there is no dosage.
 */
export interface DosageTimer {
  seconds: number;
  rounds: number;
}

export function timerOf(d: Dosage): DosageTimer | null {
  if (d.minutes) return { seconds: d.minutes * 60, rounds: 1 };
  if (d.holdSeconds) return { seconds: d.holdSeconds, rounds: (d.reps ?? 1) * (d.sets ?? 1) };
  return null;
}
