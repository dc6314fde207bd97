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
