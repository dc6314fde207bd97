import { addDays } from "./days";
import { addZonedDays, clockOn, isoWeekday, minutesOf, wallClock } from "./wall-clock";

export { wallClock, type WallClock } from "./wall-clock";

/**
 * Free slots for online booking. Pure: the clock (`now`) and the practice's time zone are parameters.
 * Wall-clock inputs ("yyyy-mm-dd", "HH:MM") are in the practice's zone; instants are `Date`s (UTC).
 */

/** Working hours on one ISO weekday (Monday = 1 … Sunday = 7); several ranges a day are allowed. */
export interface WeeklyHours {
  weekday: number;
  start: string;
  /** Exclusive; "24:00" means until midnight. */
  end: string;
}

/** Time off in the practice's zone: whole days (inclusive), or part of one day. */
export type TimeOff =
  { kind: "all-day"; fromDay: string; toDay: string } | { kind: "partial"; day: string; start: string; end: string };

/** An appointment already on the therapist's calendar (pass only the ones that still hold the time). */
export interface BookedAppointment {
  start: Date;
  end: Date;
  bufferAfterMinutes: number;
}

export interface SlotRules {
  timeZone: string;
  now: Date;
  weeklyHours: readonly WeeklyHours[];
  timeOff: readonly TimeOff[];
  appointments: readonly BookedAppointment[];
  /** Real elapsed minutes of the appointment type. */
  lengthMinutes: number;
  /** Minutes kept free after the new appointment (notes, cleaning the table); not part of the slot. */
  bufferAfterMinutes: number;
  /** Slot start granularity in wall-clock minutes from the start of each working range; default 15. */
  stepMinutes?: number;
  /** A slot starts at least this many minutes after `now`. */
  minNoticeMinutes: number;
  /** A slot starts before `now` + this many calendar days in the zone (same wall-clock time). */
  horizonDays: number;
}

export interface SlotInput extends SlotRules {
  /** First and last calendar day to look at, inclusive ("yyyy-mm-dd" in the zone). */
  fromDay: string;
  toDay: string;
}

/** A bookable appointment: `end` = `start` + length; the buffer after it is not part of it. */
export interface Slot {
  start: Date;
  end: Date;
}

/** A slot for "anyone": who is free to start then, ids sorted. */
export interface AnyoneSlot extends Slot {
  therapistIds: string[];
}

/** 15 minutes: fine enough for 30/45/60/90-minute treatments without a wall of near-identical buttons. */
export const DEFAULT_STEP_MINUTES = 15;

const MINUTE = 60_000;

interface Interval {
  start: number;
  end: number;
}

/** Everything about the input that does not depend on the day, computed once. */
interface Plan {
  timeZone: string;
  byWeekday: Map<number, { start: number; end: number }[]>;
  busy: Interval[];
  lengthMs: number;
  bufferMs: number;
  step: number;
  earliest: number;
  horizonEnd: number;
  firstDay: string;
  lastDay: string;
}

function positiveInteger(name: string, n: number): void {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${name} must be a positive whole number: ${n}`);
}

/** All-day time off runs from the start of its first day to the start of the day after its last. */
function timeOffInterval(t: TimeOff, timeZone: string): Interval {
  const clock = clockOn(t.kind === "all-day" ? t.fromDay : t.day, timeZone);
  const interval =
    t.kind === "all-day"
      ? { start: clock.boundaryAt(0), end: clockOn(addDays(t.toDay, 1), timeZone).boundaryAt(0) }
      : { start: clock.boundaryAt(minutesOf(t.start)), end: clock.boundaryAt(minutesOf(t.end, true)) };
  if (interval.end <= interval.start) throw new RangeError(`Time off ends before it starts: ${JSON.stringify(t)}`);
  return interval;
}

function plan(rules: SlotRules): Plan {
  const { timeZone } = rules;
  const step = rules.stepMinutes ?? DEFAULT_STEP_MINUTES;
  positiveInteger("lengthMinutes", rules.lengthMinutes);
  positiveInteger("stepMinutes", step);
  if (rules.bufferAfterMinutes < 0 || rules.minNoticeMinutes < 0 || rules.horizonDays < 0) {
    throw new RangeError("bufferAfterMinutes, minNoticeMinutes and horizonDays must not be negative");
  }
  const byWeekday = new Map<number, { start: number; end: number }[]>();
  for (const h of rules.weeklyHours) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) throw new RangeError(`Weekday: ${h.weekday}`);
    const range = { start: minutesOf(h.start), end: minutesOf(h.end, true) };
    if (range.end <= range.start) throw new RangeError(`Working hours end before they start: ${h.start}-${h.end}`);
    byWeekday.set(h.weekday, [...(byWeekday.get(h.weekday) ?? []), range]);
  }
  // Time off and booked time (each appointment extended by its own buffer, the therapist's turnaround after
  // it) are closed to new bookings.
  const busy: Interval[] = [
    ...rules.timeOff.map((t) => timeOffInterval(t, timeZone)),
    ...rules.appointments.map((a) => ({
      start: a.start.getTime(),
      end: a.end.getTime() + a.bufferAfterMinutes * MINUTE,
    })),
  ];

  const now = rules.now.getTime();
  const earliest = now + rules.minNoticeMinutes * MINUTE;
  const horizonEnd = addZonedDays(now, rules.horizonDays, timeZone);
  return {
    timeZone,
    byWeekday,
    busy,
    lengthMs: rules.lengthMinutes * MINUTE,
    bufferMs: rules.bufferAfterMinutes * MINUTE,
    step,
    earliest,
    horizonEnd,
    // One day of slack before: in a fall-back overlap at midnight, an instant's day can run backwards.
    firstDay: addDays(wallClock(earliest, timeZone).day, -1),
    lastDay: wallClock(horizonEnd, timeZone).day,
  };
}

/** The free slots of one calendar day, sorted by start (instants are unique within the day). */
function slotsOfDay(p: Plan, day: string): number[] {
  const ranges = p.byWeekday.get(isoWeekday(day));
  if (!ranges) return [];
  const clock = clockOn(day, p.timeZone);
  const starts = new Set<number>();
  for (const range of ranges) {
    // Real-time bounds of the range: length and buffers are elapsed minutes, also across a DST change.
    const rangeStart = clock.boundaryAt(range.start);
    const rangeEnd = clock.boundaryAt(range.end);
    const busy = p.busy.filter((b) => b.start < rangeEnd && b.end > rangeStart);
    // Starts are wall-clock times on the step grid from the range's start, so 09:00 stays 09:00 across DST.
    for (let m = range.start; m < range.end; m += p.step) {
      const start = clock.instantAt(m);
      if (start === null) continue; // DST: a wall-clock time in the spring-forward gap does not exist.
      const end = start + p.lengthMs;
      // The new slot's buffer is working time too (notes, fresh linen): it may not run into the next client.
      const freeUntil = end + p.bufferMs;
      // Treatment and buffer inside one working range: the therapist is not there outside it.
      if (start < rangeStart || freeUntil > rangeEnd) continue;
      // Minimum notice: the therapist must learn of a booking in time to prepare (and not be surprised).
      if (start < p.earliest) continue;
      // Horizon: the practice opens its calendar only so far ahead (hours and time off beyond are not set yet).
      if (start >= p.horizonEnd) continue;
      // Time off, and every booked appointment with its buffer: one client at a time.
      if (busy.some((b) => start < b.end && freeUntil > b.start)) continue;
      starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * A therapist's free slots from `fromDay` to `toDay` (inclusive, in the practice's zone), sorted by start,
 * each start instant once. A slot plus the buffer after it fits inside one working range and misses time off
 * and every booked appointment extended by that appointment's buffer; it starts at or after
 * `now + minNoticeMinutes` and before `now + horizonDays` calendar days.
 */
export function freeSlots(input: SlotInput): Slot[] {
  const p = plan(input);
  const from = input.fromDay > p.firstDay ? input.fromDay : p.firstDay;
  const to = input.toDay < p.lastDay ? input.toDay : p.lastDay;
  const seen = new Set<number>();
  const out: Slot[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const start of slotsOfDay(p, day)) {
      // An instant belongs to one day except in a midnight overlap; never offer it twice.
      if (seen.has(start)) continue;
      seen.add(start);
      out.push({ start: new Date(start), end: new Date(start + p.lengthMs) });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The first calendar day after `afterDay` with at least one free slot, or null when none opens before the
 * horizon. Stops at the first such day, so it costs one day's computation per empty day. For "anyone", call
 * it per therapist and take the earliest day.
 */
export function nextAvailableDay(rules: SlotRules, afterDay: string): string | null {
  const p = plan(rules);
  const next = addDays(afterDay, 1);
  for (let day = next > p.firstDay ? next : p.firstDay; day <= p.lastDay; day = addDays(day, 1)) {
    if (slotsOfDay(p, day).length > 0) return day;
  }
  return null;
}

/**
 * Merges several therapists' slots for "anyone": one entry per distinct start instant, with the ids of the
 * therapists free then, sorted by id so the order does not depend on the map's. All slots are of one
 * appointment type, so they share a length; the end is taken from the first therapist listed.
 */
export function mergeAnyone(byTherapist: ReadonlyMap<string, readonly Slot[]>): AnyoneSlot[] {
  const byStart = new Map<number, AnyoneSlot>();
  for (const [therapistId, slots] of byTherapist) {
    for (const slot of slots) {
      const key = slot.start.getTime();
      const entry = byStart.get(key);
      if (!entry) byStart.set(key, { start: slot.start, end: slot.end, therapistIds: [therapistId] });
      else if (!entry.therapistIds.includes(therapistId)) entry.therapistIds.push(therapistId);
    }
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byStart.values()]
    .map((e) => ({ ...e, therapistIds: [...e.therapistIds].sort(byId) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
