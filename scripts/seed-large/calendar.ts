import { instantOf, minutesOf } from "../../lib/domain/wall-clock";
import type { Random } from "./random";

/**
 * Therapists' weeks and a booking book that never double-books: each therapist's day fills
 * from its first working hour, one appointment (plus its buffer) after the other, so no two of
 * their appointments overlap and the exclusion constraint of migration 0008 never fires.
 */
export interface HoursRange {
  weekday: number;
  startTime: string;
  endTime: string;
}

const weekdays = (days: number[], ranges: [string, string][]): HoursRange[] =>
  days.flatMap((weekday) => ranges.map(([startTime, endTime]) => ({ weekday, startTime, endTime })));

/** Weeks like the demo practice's (db/seed/demo-booking.ts): full time with lunch, part time, late shifts. */
export const HOUR_PATTERNS: HoursRange[][] = [
  weekdays(
    [1, 2, 3, 4, 5],
    [
      ["09:00", "12:30"],
      ["13:30", "17:00"],
    ],
  ),
  [...weekdays([2, 4], [["10:00", "18:00"]]), ...weekdays([6], [["09:00", "13:00"]])],
  weekdays([1, 3, 5], [["08:00", "16:00"]]),
  weekdays(
    [1, 2, 3, 4],
    [
      ["12:00", "16:00"],
      ["16:30", "20:00"],
    ],
  ),
  [...weekdays([3, 4, 5], [["09:30", "17:30"]]), ...weekdays([6], [["10:00", "14:00"]])],
];

const weekdayCache = new Map<string, number>();

/** ISO weekday (Monday 1 … Sunday 7) of a yyyy-mm-dd day, cached: the seed asks for the same days often. */
export function weekdayOf(day: string): number {
  let weekday = weekdayCache.get(day);
  if (weekday === undefined) {
    weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    weekdayCache.set(day, weekday);
  }
  return weekday;
}

/**
 * Instants of daytime wall-clock times in one zone. Time zones change their offset at night
 * (01:00–03:00), so the offset at noon holds from early morning to late evening: one Temporal
 * conversion per day instead of one per row.
 */
export function zoneClock(timeZone: string) {
  const offsets = new Map<string, number>();
  return (day: string, minutes: number): Date => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      offset = instantOf(day, "12:00", timeZone)!.getTime() - Date.parse(`${day}T12:00:00Z`);
      offsets.set(day, offset);
    }
    return new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000 + offset);
  };
}

export type ZoneClock = ReturnType<typeof zoneClock>;

/**
 * The calendar day of an instant in one zone: lib/domain/days.ts `dayIn` with its formatter
 * built once, since building one per call is what made the seed slow (a million calls).
 */
export function zoneDays(timeZone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (instant) => format.format(instant);
}

/** One therapist's bookable days: `book` returns the start (minutes after midnight) or null when full. */
export function therapistDiary(hours: readonly HoursRange[], daysOff: ReadonlySet<string>, random: Random) {
  const byWeekday = new Map<number, { start: number; end: number }[]>();
  for (const h of hours) {
    const ranges = byWeekday.get(h.weekday) ?? [];
    ranges.push({ start: minutesOf(h.startTime), end: minutesOf(h.endTime, true) });
    byWeekday.set(
      h.weekday,
      ranges.sort((a, b) => a.start - b.start),
    );
  }
  const nextFree = new Map<string, number>();
  return {
    book(day: string, lengthMinutes: number, blockMinutes: number): number | null {
      const ranges = byWeekday.get(weekdayOf(day));
      if (!ranges || daysOff.has(day)) return null;
      // A gap now and then, as real diaries have.
      const from = (nextFree.get(day) ?? 0) + (random.chance(0.2) ? 15 : 0);
      for (const range of ranges) {
        const start = Math.ceil(Math.max(from, range.start) / 15) * 15;
        if (start + lengthMinutes <= range.end) {
          nextFree.set(day, start + blockMinutes);
          return start;
        }
      }
      nextFree.set(day, 24 * 60);
      return null;
    },
  };
}

export type TherapistDiary = ReturnType<typeof therapistDiary>;
