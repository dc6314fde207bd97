// The staff calendar: a day or a week of appointments, per therapist or for the whole practice.
import "server-only";
import { and, asc, count, eq, exists, gte, isNull, lt, or, sql } from "drizzle-orm";
import { appointments, appointmentTypes, callbackRequests, clients, users, workingHours } from "@/db/schema";
import { addDays, dayIn, isRealDay } from "@/lib/domain/days";
import { instantOf, isoWeekday, wallClock } from "@/lib/domain/wall-clock";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";
import { mayAtAll } from "./policy";

export interface CalendarAppointment {
  id: string;
  clientId: string;
  clientName: string;
  typeName: string;
  therapistId: string;
  therapistName: string;
  status: "booked" | "cancelled" | "attended" | "no-show";
  source: "online" | "portal" | "staff";
  /** The practice's calendar day and wall-clock start and end. */
  day: string;
  startTime: string;
  endTime: string;
  start: string;
}

export interface CalendarView {
  timeZone: string;
  view: "day" | "week";
  /** The days shown (one, or Monday to Sunday), yyyy-mm-dd in the practice's zone. */
  days: string[];
  today: string;
  previous: string;
  next: string;
  therapists: { id: string; name: string }[];
  /** One therapist's calendar, or "all". */
  therapistId: string;
  appointments: CalendarAppointment[];
  openCallbacks: number;
  /** Whether the viewer may open a client's clinical record from here (the front desk may not). */
  mayOpenChart: boolean;
}

/**
 * Who has a calendar: the practice's therapists, and admins who also treat (those with working
 * hours), enabled. An admin who only runs the practice gets no column and no bookings.
 */
export async function calendarStaff(practiceId: string) {
  const database = await db();
  return database
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.practiceId, practiceId),
        eq(users.disabled, false),
        or(
          eq(users.role, "therapist"),
          and(
            eq(users.role, "admin"),
            exists(
              database
                .select({ one: sql`1` })
                .from(workingHours)
                .where(eq(workingHours.therapistId, users.id)),
            ),
          ),
        ),
      ),
    )
    .orderBy(asc(users.displayName));
}

/**
 * A day or a week (Monday to Sunday) of the practice's appointments, cancelled ones included
 * so staff see what changed; one therapist's or everyone's. Reads are audited once.
 */
export async function getCalendar(query: { view?: string; date?: string; therapist?: string }): Promise<CalendarView> {
  const viewer = await authorize("calendar.read", "calendar");
  const { practiceId, timeZone } = viewer;
  const database = await db();
  const today = dayIn(timeZone, new Date());
  const view = query.view === "week" ? "week" : "day";
  const date = isRealDay(query.date) ? query.date : today;
  const first = view === "week" ? addDays(date, 1 - isoWeekday(date)) : date;
  const days = Array.from({ length: view === "week" ? 7 : 1 }, (_, i) => addDays(first, i));
  const from = instantOf(days[0]!, "00:00", timeZone) ?? new Date(`${days[0]}T00:00:00Z`);
  const until =
    instantOf(addDays(days.at(-1)!, 1), "00:00", timeZone) ?? new Date(`${addDays(days.at(-1)!, 1)}T00:00:00Z`);
  const therapists = await calendarStaff(practiceId);
  const therapistId = therapists.some((t) => t.id === query.therapist) ? query.therapist! : "all";
  const [rows, [callbacks]] = await Promise.all([
    database
      .select({
        id: appointments.id,
        clientId: appointments.clientId,
        givenName: clients.givenName,
        familyName: clients.familyName,
        typeName: appointmentTypes.name,
        therapistId: appointments.therapistId,
        therapistName: users.displayName,
        status: appointments.status,
        source: appointments.source,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
      })
      .from(appointments)
      .innerJoin(clients, eq(clients.id, appointments.clientId))
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
      .innerJoin(users, eq(users.id, appointments.therapistId))
      .where(
        and(
          eq(appointments.practiceId, practiceId),
          gte(appointments.startsAt, from),
          lt(appointments.startsAt, until),
          therapistId === "all" ? undefined : eq(appointments.therapistId, therapistId),
        ),
      )
      .orderBy(asc(appointments.startsAt), asc(users.displayName)),
    database
      .select({ n: count() })
      .from(callbackRequests)
      .where(and(eq(callbackRequests.practiceId, practiceId), isNull(callbackRequests.resolvedAt))),
  ]);
  await audit(database, viewer, {
    action: "calendar.read",
    objectType: "calendar",
    outcome: "allowed",
    detail: { view, from: days[0], therapist: therapistId, count: rows.length },
  });
  const step = view === "week" ? 7 : 1;
  return {
    timeZone,
    view,
    days,
    today,
    previous: addDays(first, -step),
    next: addDays(first, step),
    therapists,
    therapistId,
    appointments: rows.map((r) => {
      const start = wallClock(r.startsAt, timeZone);
      return {
        id: r.id,
        clientId: r.clientId,
        clientName: `${r.givenName} ${r.familyName}`,
        typeName: r.typeName,
        therapistId: r.therapistId,
        therapistName: r.therapistName,
        status: r.status,
        source: r.source,
        day: start.day,
        startTime: start.time,
        endTime: wallClock(r.endsAt, timeZone).time,
        start: r.startsAt.toISOString(),
      };
    }),
    openCallbacks: callbacks?.n ?? 0,
    mayOpenChart: mayAtAll(viewer.role, "chart.read"),
  };
}
