/** Calendar days (yyyy-mm-dd, the practice's) and wall-clock times in the words of the booking pages. */
import { dayInWords } from "@/lib/format";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** "Tuesday 8 December", or with the year "Tuesday 8 December 2026": from lib/format, the one formatter. */
export { dayInWords } from "@/lib/format";

/** Whether a query's day is a calendar date that exists (no 2026-02-30). */
export function isRealDay(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(noon(value).getTime()) &&
    noon(value).toISOString().startsWith(value)
  );
}

/**
 * Why the day shown is not the day asked for, as a message for the date field; null when the
 * day was shown as asked (or none was asked). The data-access layer falls back to the first day.
 */
export function dayProblem(asked: string | undefined, shown: string, firstDay: string, lastDay: string): string | null {
  if (!asked || asked === shown) return null;
  if (!isRealDay(asked)) return `“${asked}” is not a real date. Choose a day from the calendar.`;
  if (asked < firstDay) return `${dayInWords(asked, true)} has passed. Choose today or a later day.`;
  if (asked > lastDay) return `Online booking is open up to ${dayInWords(lastDay, true)}. Choose an earlier day.`;
  return null;
}

export type PartOfDay = "Morning" | "Afternoon" | "Evening";

/** Times "HH:MM" grouped by part of the day, every one kept, in order. */
export function byPartOfDay<T extends { time: string }>(slots: readonly T[]): { part: PartOfDay; slots: T[] }[] {
  const partOf = (time: string): PartOfDay => (time < "12:00" ? "Morning" : time < "17:00" ? "Afternoon" : "Evening");
  const groups: { part: PartOfDay; slots: T[] }[] = [];
  for (const slot of slots) {
    const part = partOf(slot.time);
    const last = groups.at(-1);
    if (last?.part === part) last.slots.push(slot);
    else groups.push({ part, slots: [slot] });
  }
  return groups;
}

/** A tel: address from a phone number as people write it ("+44 20 7946 0000"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`;
