// Appointments as staff handle them: book one for a client, open it, move it, cancel it, and
// mark it attended or a no-show. The no-overlap rule is the database's, as for online booking.
import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { appointments, appointmentTypes, clients, practices, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn, isRealDay } from "@/lib/domain/days";
import { instantOf, wallClock } from "@/lib/domain/wall-clock";
import { calendarStaff } from "./calendar";
import { cancelAppointment, insertAppointment, moveAppointment } from "./internal/appointments";
import { audit } from "./internal/audit";
import { daySlots, loadCalendars } from "./internal/availability";
import { db } from "./internal/database";
import { deliverPendingEmail } from "./internal/email";
import { authorize, isId } from "./internal/guard";
import { scopeChild, scopeClient } from "./internal/scope";
import { mayAtAll } from "./policy";

export interface AppointmentTypeOption {
  id: string;
  name: string;
  lengthMinutes: number;
  bufferMinutes: number;
}

export interface SlotSuggestion {
  time: string;
  therapistIds: string[];
}

export interface AppointmentDetail {
  timeZone: string;
  id: string;
  client: { id: string; name: string; email: string | null; phone: string | null };
  typeName: string;
  therapistId: string;
  therapistName: string;
  status: "booked" | "cancelled" | "attended" | "no-show";
  source: "online" | "portal" | "staff";
  reason: string | null;
  day: string;
  startTime: string;
  endTime: string;
  /** The instants (ISO): whether it has started is a comparison, not a reading of the wall clock. */
  start: string;
  end: string;
  /** Whether it has started (attendance can be marked from then on). */
  started: boolean;
  therapists: { id: string; name: string }[];
  /** For moving it: free starts on `moveDay` (its own time counts as free). */
  moveDay: string;
  suggestions: SlotSuggestion[];
  mayOpenChart: boolean;
}

async function practiceOf(database: Pick<Db, "select">, practiceId: string) {
  const [practice] = await database.select().from(practices).where(eq(practices.id, practiceId));
  return practice!;
}

async function typesOf(database: Pick<Db, "select">, practiceId: string): Promise<AppointmentTypeOption[]> {
  return database
    .select({
      id: appointmentTypes.id,
      name: appointmentTypes.name,
      lengthMinutes: appointmentTypes.lengthMinutes,
      bufferMinutes: appointmentTypes.bufferMinutes,
    })
    .from(appointmentTypes)
    .where(and(eq(appointmentTypes.practiceId, practiceId), eq(appointmentTypes.active, true)))
    .orderBy(asc(appointmentTypes.sortOrder), asc(appointmentTypes.name));
}

/**
 * Free starts of one day for staff: working hours, time off and other appointments count, but
 * not the online booking's notice (staff may fit someone in this afternoon).
 */
async function suggestions(
  database: Pick<Db, "select" | "selectDistinct">,
  practiceId: string,
  type: { lengthMinutes: number; bufferMinutes: number },
  therapistIds: string[],
  day: string,
  ignore?: { therapistId: string; startsAt: Date },
): Promise<SlotSuggestion[]> {
  const practice = await practiceOf(database, practiceId);
  const now = new Date();
  const calendars = await loadCalendars(database, practice, therapistIds, now);
  if (ignore) {
    const calendar = calendars.get(ignore.therapistId);
    if (calendar) {
      calendar.appointments = calendar.appointments.filter((a) => a.start.getTime() !== ignore.startsAt.getTime());
    }
  }
  return daySlots(practice, type, calendars, day, now, { minNoticeMinutes: 0 }).slots.map((s) => ({
    time: wallClock(s.start, practice.timeZone).time,
    therapistIds: s.therapistIds,
  }));
}

/** One appointment, for staff of its practice (front desk included). */
export async function getAppointment(id: string, query: { day?: string } = {}): Promise<AppointmentDetail> {
  const { viewer, client, row, database } = await scopeChild("appointment.manage", "appointment", id);
  const { timeZone } = viewer;
  const [[type], [therapist], therapists] = await Promise.all([
    database.select().from(appointmentTypes).where(eq(appointmentTypes.id, row.typeId)),
    database.select({ name: users.displayName }).from(users).where(eq(users.id, row.therapistId)),
    calendarStaff(viewer.practiceId),
  ]);
  const start = wallClock(row.startsAt, timeZone);
  const moveDay = isRealDay(query.day) ? query.day : start.day;
  const free =
    row.status === "booked"
      ? await suggestions(
          database,
          viewer.practiceId,
          type!,
          therapists.map((t) => t.id),
          moveDay,
          {
            therapistId: row.therapistId,
            startsAt: row.startsAt,
          },
        )
      : [];
  await audit(database, viewer, {
    action: "appointment.read",
    objectType: "appointment",
    objectId: id,
    outcome: "allowed",
  });
  return {
    timeZone,
    id: row.id,
    client: {
      id: client.id,
      name: `${client.givenName} ${client.familyName}`,
      email: client.email,
      phone: client.phone,
    },
    typeName: type!.name,
    therapistId: row.therapistId,
    therapistName: therapist!.name,
    status: row.status,
    source: row.source,
    reason: row.reason,
    day: start.day,
    startTime: start.time,
    endTime: wallClock(row.endsAt, timeZone).time,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    started: row.startsAt.getTime() <= Date.now(),
    therapists,
    moveDay,
    suggestions: free,
    mayOpenChart: mayAtAll(viewer.role, "chart.read"),
  };
}

export interface NewAppointmentForm {
  timeZone: string;
  today: string;
  /** Clients matching the search (name, email or phone), at most 20. */
  matches: { id: string; name: string; email: string | null; phone: string | null }[];
  client: { id: string; name: string } | null;
  types: AppointmentTypeOption[];
  therapists: { id: string; name: string }[];
  typeId: string | null;
  therapistId: string | null;
  day: string;
  suggestions: SlotSuggestion[];
}

/** The new-appointment form: find the client, choose type, therapist and day, see free times. */
export async function getNewAppointmentForm(query: {
  q?: string;
  client?: string;
  type?: string;
  therapist?: string;
  day?: string;
}): Promise<NewAppointmentForm> {
  const viewer = await authorize("appointment.create", "appointment");
  const { practiceId, timeZone } = viewer;
  const database = await db();
  const today = dayIn(timeZone, new Date());
  const search = (query.q ?? "").trim().slice(0, 100);
  const [types, therapists, matches, chosen] = await Promise.all([
    typesOf(database, practiceId),
    calendarStaff(practiceId),
    search.length >= 2
      ? database
          .select({
            id: clients.id,
            givenName: clients.givenName,
            familyName: clients.familyName,
            email: clients.email,
            phone: clients.phone,
          })
          .from(clients)
          .where(
            and(
              eq(clients.practiceId, practiceId),
              or(
                ilike(sql`${clients.givenName} || ' ' || ${clients.familyName}`, `%${escapeLike(search)}%`),
                ilike(clients.email, `${escapeLike(search)}%`),
                ilike(clients.phone, `%${escapeLike(search)}%`),
              ),
            ),
          )
          .orderBy(asc(clients.familyName), asc(clients.givenName))
          .limit(20)
      : [],
    isId(query.client)
      ? database
          .select({ id: clients.id, givenName: clients.givenName, familyName: clients.familyName })
          .from(clients)
          .where(and(eq(clients.id, query.client!), eq(clients.practiceId, practiceId)))
      : [],
  ]);
  const type = types.find((t) => t.id === query.type) ?? null;
  const therapist = therapists.find((t) => t.id === query.therapist) ?? null;
  const day = isRealDay(query.day) ? query.day : today;
  const free = type
    ? await suggestions(database, practiceId, type, therapist ? [therapist.id] : therapists.map((t) => t.id), day)
    : [];
  await audit(database, viewer, {
    action: "appointment.form",
    objectType: "appointment",
    outcome: "allowed",
    detail: { search: search.length > 0, matches: matches.length },
  });
  const client = chosen[0] ? { id: chosen[0].id, name: `${chosen[0].givenName} ${chosen[0].familyName}` } : null;
  return {
    timeZone,
    today,
    matches: matches.map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}`, email: m.email, phone: m.phone })),
    client,
    types,
    therapists,
    typeId: type?.id ?? null,
    therapistId: therapist?.id ?? null,
    day,
    suggestions: free,
  };
}

/** A search term with LIKE's wildcards taken literally. */
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface StaffBookingInput {
  typeId: string;
  therapistId: string;
  day: string;
  time: string;
}

export type StaffBookingResult =
  /** outsideHours: the time is not one of the therapist's free slots (outside hours or during time off). */
  | { ok: true; id: string; outsideHours: boolean }
  | { ok: false; code: "appointment.conflict"; therapistName: string }
  | {
      ok: false;
      code: "appointment.no-such-time" | "appointment.past" | "appointment.unknown-choice" | "appointment.not-booked";
    };

/** What a staff booking or move names, checked against the practice: type, therapist, time. */
async function resolveChoice(
  database: Pick<Db, "select" | "selectDistinct">,
  practiceId: string,
  timeZone: string,
  input: StaffBookingInput,
) {
  const [types, therapists] = await Promise.all([typesOf(database, practiceId), calendarStaff(practiceId)]);
  const type = types.find((t) => t.id === input.typeId);
  const therapist = therapists.find((t) => t.id === input.therapistId);
  if (!type || !therapist) return { ok: false as const, code: "appointment.unknown-choice" as const };
  const startsAt = instantOf(input.day, input.time, timeZone);
  if (!startsAt) return { ok: false as const, code: "appointment.no-such-time" as const };
  if (startsAt.getTime() < Date.now()) return { ok: false as const, code: "appointment.past" as const };
  return { ok: true as const, type, therapist, startsAt };
}

/** Books an appointment for a client of the practice (staff and front desk). */
export async function createAppointment(clientId: string, input: StaffBookingInput): Promise<StaffBookingResult> {
  const { viewer, client, database } = await scopeClient("appointment.create", clientId);
  const choice = await resolveChoice(database, viewer.practiceId, viewer.timeZone, input);
  if (!choice.ok) return choice;
  const free = await suggestions(database, viewer.practiceId, choice.type, [choice.therapist.id], input.day);
  const booked = await database.transaction((tx) =>
    insertAppointment(
      tx,
      {
        practiceId: viewer.practiceId,
        clientId: client.id,
        type: choice.type,
        startsAt: choice.startsAt,
        source: "staff",
        reason: null,
        createdBy: viewer.userId,
      },
      [choice.therapist.id],
      {
        actor: viewer,
        action: "appointment.create",
        detail: { clientId: client.id, therapistId: choice.therapist.id },
      },
    ),
  );
  if (!booked) return { ok: false, code: "appointment.conflict", therapistName: choice.therapist.name };
  await deliverPendingEmail();
  return { ok: true, id: booked.id, outsideHours: !free.some((s) => s.time === input.time) };
}

/** Moves an appointment to another time or therapist; the client is emailed the new time. */
export async function moveAppointmentAsStaff(
  id: string,
  input: Omit<StaffBookingInput, "typeId">,
): Promise<StaffBookingResult> {
  const { viewer, row, database } = await scopeChild("appointment.manage", "appointment", id);
  if (row.status !== "booked") return { ok: false, code: "appointment.not-booked" };
  const choice = await resolveChoice(database, viewer.practiceId, viewer.timeZone, { ...input, typeId: row.typeId });
  if (!choice.ok) return choice;
  const free = await suggestions(database, viewer.practiceId, choice.type, [choice.therapist.id], input.day, {
    therapistId: row.therapistId,
    startsAt: row.startsAt,
  });
  const moved = await database.transaction((tx) =>
    moveAppointment(tx, row, choice.type, choice.startsAt, [choice.therapist.id], {
      actor: viewer,
      action: "appointment.move",
      detail: { therapistId: choice.therapist.id },
    }),
  );
  if (!moved) return { ok: false, code: "appointment.conflict", therapistName: choice.therapist.name };
  await deliverPendingEmail();
  return { ok: true, id, outsideHours: !free.some((s) => s.time === input.time) };
}

export type AppointmentChangeResult =
  { ok: true } | { ok: false; code: "appointment.not-booked" | "appointment.not-started" };

/** Cancels an appointment (staff may at any time); the client is emailed the cancellation. */
export async function cancelAppointmentAsStaff(id: string): Promise<AppointmentChangeResult> {
  const { viewer, database } = await scopeChild("appointment.manage", "appointment", id);
  const done = await database.transaction((tx) =>
    cancelAppointment(tx, id, { actor: viewer, action: "appointment.cancel" }),
  );
  if (!done) return { ok: false, code: "appointment.not-booked" };
  await deliverPendingEmail();
  return { ok: true };
}

/** Marks a booked appointment attended or a no-show, once it has started. */
export async function markAppointment(id: string, outcome: "attended" | "no-show"): Promise<AppointmentChangeResult> {
  const { viewer, row, database } = await scopeChild("appointment.manage", "appointment", id);
  if (row.status === "cancelled") return { ok: false, code: "appointment.not-booked" };
  if (row.startsAt.getTime() > Date.now()) return { ok: false, code: "appointment.not-started" };
  await database.transaction(async (tx) => {
    await tx
      .update(appointments)
      .set({ status: outcome, updatedAt: new Date() })
      .where(and(eq(appointments.id, id), eq(appointments.practiceId, viewer.practiceId)));
    await audit(tx, viewer, {
      action: "appointment.mark",
      objectType: "appointment",
      objectId: id,
      outcome: "allowed",
      detail: { status: outcome },
    });
  });
  return { ok: true };
}
