// What online booking computes free slots from: a practice's rules and, per therapist, working
// hours, time off and the appointments that hold time. lib/domain/slots.ts does the computing.
import "server-only";
import { and, asc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { appointments, appointmentTypes, practices, timeOff, users, workingHours } from "@/db/schema";
import type { Db } from "@/db/client";
import { addDays, dayIn } from "@/lib/domain/days";
import {
  freeSlots,
  mergeAnyone,
  nextAvailableDay,
  wallClock,
  type AnyoneSlot,
  type SlotRules,
} from "@/lib/domain/slots";

type Select = Pick<Db, "select" | "selectDistinct">;
export type PracticeRow = typeof practices.$inferSelect;
export type AppointmentTypeRow = typeof appointmentTypes.$inferSelect;

export interface TherapistOption {
  id: string;
  name: string;
}

/** Staff who see clients (therapists and admins who treat), enabled, with working hours set. */
export async function bookableTherapists(executor: Select, practiceId: string): Promise<TherapistOption[]> {
  const rows = await executor
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(workingHours, eq(workingHours.therapistId, users.id))
    .where(
      and(eq(users.practiceId, practiceId), inArray(users.role, ["therapist", "admin"]), eq(users.disabled, false)),
    )
    .orderBy(asc(users.displayName));
  return rows;
}

/** Per therapist, what the slot function needs besides the appointment type and the clock. */
type Calendars = Map<string, Pick<SlotRules, "weeklyHours" | "timeOff" | "appointments">>;

/**
 * Working hours, time off and the appointments holding time, for these therapists, over the
 * practice's whole booking horizon from today: three statements, whatever the number of days.
 */
export async function loadCalendars(
  executor: Select,
  practice: PracticeRow,
  therapistIds: readonly string[],
  now: Date,
): Promise<Calendars> {
  const calendars: Calendars = new Map(
    therapistIds.map((id) => [id, { weeklyHours: [], timeOff: [], appointments: [] }]),
  );
  if (therapistIds.length === 0) return calendars;
  const today = dayIn(practice.timeZone, now);
  const lastDay = addDays(today, practice.horizonDays + 1);
  const [hours, away, booked] = await Promise.all([
    executor
      .select()
      .from(workingHours)
      .where(and(eq(workingHours.practiceId, practice.id), inArray(workingHours.therapistId, [...therapistIds]))),
    executor
      .select()
      .from(timeOff)
      .where(
        and(
          eq(timeOff.practiceId, practice.id),
          inArray(timeOff.therapistId, [...therapistIds]),
          gte(timeOff.toDay, addDays(today, -1)),
        ),
      ),
    executor
      .select({
        therapistId: appointments.therapistId,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        blockedUntil: appointments.blockedUntil,
      })
      .from(appointments)
      .where(
        and(
          eq(appointments.practiceId, practice.id),
          inArray(appointments.therapistId, [...therapistIds]),
          ne(appointments.status, "cancelled"),
          gte(appointments.blockedUntil, new Date(now.getTime() - 86_400_000)),
          lt(appointments.startsAt, new Date(`${lastDay}T23:59:59Z`)),
        ),
      ),
  ]);
  for (const h of hours) {
    calendars.get(h.therapistId)!.weeklyHours = [
      ...calendars.get(h.therapistId)!.weeklyHours,
      { weekday: h.weekday, start: h.startTime, end: h.endTime },
    ];
  }
  for (const t of away) {
    const entry =
      t.kind === "all-day"
        ? ({ kind: "all-day", fromDay: t.fromDay, toDay: t.toDay } as const)
        : ({ kind: "partial", day: t.fromDay, start: t.startTime ?? "00:00", end: t.endTime ?? "24:00" } as const);
    calendars.get(t.therapistId)!.timeOff = [...calendars.get(t.therapistId)!.timeOff, entry];
  }
  for (const a of booked) {
    const bufferAfterMinutes = Math.round((a.blockedUntil.getTime() - a.endsAt.getTime()) / 60_000);
    calendars.get(a.therapistId)!.appointments = [
      ...calendars.get(a.therapistId)!.appointments,
      { start: a.startsAt, end: a.endsAt, bufferAfterMinutes },
    ];
  }
  return calendars;
}

/** The slot rules of one therapist for one appointment type. */
export function rulesFor(
  practice: PracticeRow,
  type: Pick<AppointmentTypeRow, "lengthMinutes" | "bufferMinutes">,
  calendar: Pick<SlotRules, "weeklyHours" | "timeOff" | "appointments">,
  now: Date,
  options: { minNoticeMinutes?: number } = {},
): SlotRules {
  return {
    ...calendar,
    timeZone: practice.timeZone,
    now,
    lengthMinutes: type.lengthMinutes,
    bufferAfterMinutes: type.bufferMinutes,
    minNoticeMinutes: options.minNoticeMinutes ?? practice.minNoticeMinutes,
    horizonDays: practice.horizonDays,
  };
}

export interface DaySlots {
  day: string;
  slots: AnyoneSlot[];
  /** When the day has no slot: the next day that has one, or null within the horizon. */
  nextDay: string | null;
}

/** One day's free slots across these therapists ("anyone" when several), and the next free day. */
export function daySlots(
  practice: PracticeRow,
  type: Pick<AppointmentTypeRow, "lengthMinutes" | "bufferMinutes">,
  calendars: Calendars,
  day: string,
  now: Date,
  options: { minNoticeMinutes?: number } = {},
): DaySlots {
  const byTherapist = new Map(
    [...calendars].map(([id, calendar]) => [
      id,
      freeSlots({ ...rulesFor(practice, type, calendar, now, options), fromDay: day, toDay: day }),
    ]),
  );
  const slots = mergeAnyone(byTherapist);
  if (slots.length > 0) return { day, slots, nextDay: null };
  const next = [...calendars.values()]
    .map((calendar) => nextAvailableDay(rulesFor(practice, type, calendar, now, options), day))
    .filter((d): d is string => d !== null)
    .sort()[0];
  return { day, slots, nextDay: next ?? null };
}

/**
 * Whether a start that is not offered would be, but for the appointments already booked: the
 * answer "that time was just taken" rather than "that time is not available".
 */
export function takenAt(
  practice: PracticeRow,
  type: Pick<AppointmentTypeRow, "lengthMinutes" | "bufferMinutes">,
  calendars: Calendars,
  start: Date,
  now: Date,
): boolean {
  const unbooked: Calendars = new Map([...calendars].map(([id, c]) => [id, { ...c, appointments: [] }]));
  const day = wallClock(start, practice.timeZone).day;
  return daySlots(practice, type, unbooked, day, now).slots.some((s) => s.start.getTime() === start.getTime());
}
