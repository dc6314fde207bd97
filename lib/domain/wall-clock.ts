import { Temporal } from "temporal-polyfill";

/**
 * Wall-clock times in a practice's IANA time zone, converted to and from instants by the Temporal API
 * (temporal-polyfill), never by hand-made offset arithmetic: the zone database knows every DST change.
 * Days are "yyyy-mm-dd", times "HH:MM" (24-hour; "24:00" only as the end of a range).
 */
export interface WallClock {
  day: string;
  time: string;
}

const MINUTES_PER_DAY = 24 * 60;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for "HH:MM"; "24:00" (the end of the day) only when `allowEndOfDay`. */
export function minutesOf(time: string, allowEndOfDay = false): number {
  if (allowEndOfDay && time === "24:00") return MINUTES_PER_DAY;
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`Not a wall-clock time (HH:MM): ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** ISO weekday of a calendar day: Monday = 1 … Sunday = 7. */
export function isoWeekday(day: string): number {
  return Temporal.PlainDate.from(day).dayOfWeek;
}

/** Converts wall-clock minutes after midnight of one day to instants; build it once per day (parsing is slow). */
export interface DayClock {
  /**
   * The instant at which the wall clock shows `minutes`, or null when it never does.
   * DST spring forward: a time in the gap does not exist (the clock jumps over it), so no slot may start then.
   * DST fall back: a time in the overlap happens twice; we take the earlier offset (the first time the clock
   * shows it), so each wall-clock time maps to exactly one instant and no slot is offered twice.
   */
  instantAt(minutes: number): number | null;
  /**
   * Where a range boundary (working hours, time off) lies in real time. Like `instantAt`, but a boundary in a
   * DST gap is the moment of the jump: the clock passes that reading there, so "from 01:30" on a London
   * spring-forward night starts when the clock leaps from 01:00 to 02:00, and "until 01:30" ends then too.
   */
  boundaryAt(minutes: number): number;
}

export function clockOn(day: string, timeZone: string): DayClock {
  const date = Temporal.PlainDate.from(day);
  const [y, mo, d] = [date.year, date.month, date.day];
  const next = date.add({ days: 1 });
  // "24:00" is the first moment of the next day.
  const local = (minutes: number) =>
    minutes >= MINUTES_PER_DAY
      ? new Temporal.PlainDateTime(next.year, next.month, next.day)
      : new Temporal.PlainDateTime(y, mo, d, Math.floor(minutes / 60), minutes % 60);
  const earlier = (minutes: number) => local(minutes).toZonedDateTime(timeZone, { disambiguation: "earlier" });
  const exists = (minutes: number, zoned: Temporal.ZonedDateTime) =>
    minutes >= MINUTES_PER_DAY
      ? zoned.hour === 0 && zoned.minute === 0
      : zoned.day === d && zoned.hour * 60 + zoned.minute === minutes;
  const instantAt = (minutes: number) => {
    const zoned = earlier(minutes);
    return exists(minutes, zoned) ? zoned.epochMilliseconds : null;
  };
  return {
    instantAt,
    boundaryAt(minutes) {
      const exact = instantAt(minutes);
      if (exact !== null) return exact;
      // "earlier" resolves a gap time to an instant just before the jump; the next transition is the jump.
      const jump = earlier(minutes).getTimeZoneTransition("next");
      if (!jump) throw new RangeError(`No time zone transition after ${day} in ${timeZone}`);
      return jump.epochMilliseconds;
    },
  };
}

/** What a wall clock in `timeZone` shows at `instant`: the calendar day and "HH:MM". */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: zoned.toPlainDate().toString(), time: `${pad(zoned.hour)}:${pad(zoned.minute)}` };
}

/** The instant `days` calendar days after `instant` at the same wall-clock time in `timeZone`. */
export function addZonedDays(instant: number, days: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone).add({ days }).epochMilliseconds;
}

/** The instant a wall clock in `timeZone` shows `time` on `day`; null in a DST gap (that time never happens). */
export function instantOf(day: string, time: string, timeZone: string): Date | null {
  const ms = clockOn(day, timeZone).instantAt(minutesOf(time));
  return ms === null ? null : new Date(ms);
}
