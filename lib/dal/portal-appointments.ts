// A client's appointments in the portal: what is coming up, booking a follow-up from the same
// free slots the public page offers, and moving or cancelling within the practice's window.
import "server-only";
import { and, asc, desc, eq, gte, lt, ne, or } from "drizzle-orm";
import { appointments, appointmentTypes, clients, practices, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { clientMayChange } from "@/lib/domain/booking-policy";
import { addDays, dayIn, isRealDay } from "@/lib/domain/days";
import { wallClock } from "@/lib/domain/wall-clock";
import { cancelAppointment, insertAppointment, moveAppointment } from "./internal/appointments";
import { audit } from "./internal/audit";
import { bookableTherapists, daySlots, loadCalendars, takenAt, type PracticeRow } from "./internal/availability";
import { db } from "./internal/database";
import { deliverPendingEmail } from "./internal/email";
import { auditId, deny, isId, portalViewer, type ClientViewer } from "./internal/guard";
import type { OfferedSlot } from "./booking";

export interface MyAppointment {
  id: string;
  typeName: string;
  therapistName: string;
  start: string;
  day: string;
  time: string;
  status: "booked" | "cancelled" | "attended" | "no-show";
  /** Whether the client may still move or cancel it themselves. */
  mayChange: boolean;
}

export interface MyAppointments {
  timeZone: string;
  /** The practice as its admin keeps it in the settings: where to come and how to call. */
  practice: { name: string; phone: string | null; address: string | null };
  cancelWindowHours: number;
  upcoming: MyAppointment[];
  past: MyAppointment[];
}

async function practiceOf(database: Pick<Db, "select">, practiceId: string): Promise<PracticeRow> {
  const [practice] = await database.select().from(practices).where(eq(practices.id, practiceId));
  return practice!;
}

/** The client's appointments: upcoming booked ones (with what they may change), and the last ten past or cancelled. */
export async function getMyAppointments(): Promise<MyAppointments> {
  const viewer = await portalViewer("portal.appointments");
  const database = await db();
  const now = new Date();
  const practice = await practiceOf(database, viewer.practiceId);
  const select = () =>
    database
      .select({
        id: appointments.id,
        typeName: appointmentTypes.name,
        therapistName: users.displayName,
        startsAt: appointments.startsAt,
        status: appointments.status,
      })
      .from(appointments)
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
      .innerJoin(users, eq(users.id, appointments.therapistId));
  const mine = and(eq(appointments.clientId, viewer.clientId), eq(appointments.practiceId, viewer.practiceId));
  const [upcoming, past] = await Promise.all([
    select()
      .where(and(mine, gte(appointments.startsAt, now), ne(appointments.status, "cancelled")))
      .orderBy(asc(appointments.startsAt)),
    select()
      .where(and(mine, or(lt(appointments.startsAt, now), eq(appointments.status, "cancelled"))))
      .orderBy(desc(appointments.startsAt))
      .limit(10),
  ]);
  await audit(database, viewer, {
    action: "portal.appointments",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  const toDto = (r: (typeof upcoming)[number]): MyAppointment => {
    const clock = wallClock(r.startsAt, practice.timeZone);
    return {
      id: r.id,
      typeName: r.typeName,
      therapistName: r.therapistName,
      start: r.startsAt.toISOString(),
      day: clock.day,
      time: clock.time,
      status: r.status,
      mayChange: r.status === "booked" && clientMayChange(r.startsAt, now, practice.cancelWindowHours),
    };
  };
  return {
    timeZone: practice.timeZone,
    practice: { name: practice.name, phone: practice.phone, address: practice.address },
    cancelWindowHours: practice.cancelWindowHours,
    upcoming: upcoming.map(toDto),
    past: past.map(toDto),
  };
}

export interface PortalBooking {
  timeZone: string;
  practicePhone: string | null;
  /** Hours before an appointment after which the client can no longer change it online. */
  cancelWindowHours: number;
  types: { id: string; name: string; lengthMinutes: number; priceText: string | null }[];
  therapists: { id: string; name: string }[];
  typeId: string | null;
  therapistId: string;
  day: string;
  firstDay: string;
  lastDay: string;
  slots: OfferedSlot[];
  nextDay: string | null;
  /** When moving an appointment: which one. */
  moving: MyAppointment | null;
}

/** Types a client may book from the portal: every active type of their practice. */
function activeTypes(database: Pick<Db, "select">, practiceId: string) {
  return database
    .select()
    .from(appointmentTypes)
    .where(and(eq(appointmentTypes.practiceId, practiceId), eq(appointmentTypes.active, true)))
    .orderBy(asc(appointmentTypes.sortOrder), asc(appointmentTypes.name));
}

/** The client's own booked appointment, or not-found. */
async function myAppointment(viewer: ClientViewer, id: string, action: "portal.book") {
  const denial = { action, objectType: "appointment", objectId: auditId(id) };
  if (!isId(id)) return deny(viewer, denial);
  const database = await db();
  const [row] = await database
    .select({ appointment: appointments, type: appointmentTypes, therapistName: users.displayName })
    .from(appointments)
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .where(
      and(
        eq(appointments.id, id),
        eq(appointments.clientId, viewer.clientId),
        eq(appointments.practiceId, viewer.practiceId),
      ),
    );
  if (!row) return deny(viewer, denial);
  return row;
}

interface SlotsView {
  view: PortalBooking;
  practice: PracticeRow;
  type: typeof appointmentTypes.$inferSelect | null;
  calendars: Awaited<ReturnType<typeof loadCalendars>>;
  moving: Awaited<ReturnType<typeof myAppointment>> | null;
}

/**
 * Free times for the client to book (or to move an appointment to): the practice's online rules,
 * any active type, their primary therapist first (or anyone). A move stays with the
 * appointment's therapist and type, starts on its day, and never offers its own time.
 */
async function slotsView(
  viewer: ClientViewer,
  query: { type?: string; therapist?: string; day?: string; move?: string },
): Promise<SlotsView> {
  const database = await db();
  const now = new Date();
  const practice = await practiceOf(database, viewer.practiceId);
  const moving = query.move ? await myAppointment(viewer, query.move, "portal.book") : null;
  const [types, therapists, [me]] = await Promise.all([
    activeTypes(database, viewer.practiceId),
    bookableTherapists(database, viewer.practiceId),
    database.select({ therapistId: clients.primaryTherapistId }).from(clients).where(eq(clients.id, viewer.clientId)),
  ]);
  const type = moving?.type ?? types.find((t) => t.id === query.type) ?? null;
  const preferred = query.therapist ?? me?.therapistId ?? undefined;
  const therapistId = moving
    ? moving.appointment.therapistId
    : therapists.some((t) => t.id === preferred)
      ? preferred!
      : "anyone";
  const firstDay = dayIn(practice.timeZone, now);
  const lastDay = addDays(firstDay, practice.horizonDays);
  const movingDay = moving ? wallClock(moving.appointment.startsAt, practice.timeZone).day : null;
  const wanted = isRealDay(query.day) ? query.day : (movingDay ?? firstDay);
  const day = wanted < firstDay ? firstDay : wanted > lastDay ? lastDay : wanted;
  const ids = therapistId === "anyone" ? therapists.map((t) => t.id) : [therapistId];
  const calendars: SlotsView["calendars"] = type ? await loadCalendars(database, practice, ids, now) : new Map();
  let slots: OfferedSlot[] = [];
  let nextDay: string | null = null;
  if (type) {
    if (moving) {
      const own = calendars.get(moving.appointment.therapistId);
      if (own) {
        own.appointments = own.appointments.filter((a) => a.start.getTime() !== moving.appointment.startsAt.getTime());
      }
    }
    const found = daySlots(practice, type, calendars, day, now);
    slots = found.slots
      .filter((s) => s.start.getTime() !== moving?.appointment.startsAt.getTime())
      .map((s) => ({ start: s.start.toISOString(), time: wallClock(s.start, practice.timeZone).time }));
    nextDay = found.nextDay;
  }
  const clock = moving ? wallClock(moving.appointment.startsAt, practice.timeZone) : null;
  const view: PortalBooking = {
    timeZone: practice.timeZone,
    practicePhone: practice.phone,
    cancelWindowHours: practice.cancelWindowHours,
    types: types.map(({ id, name, lengthMinutes, priceText }) => ({ id, name, lengthMinutes, priceText })),
    therapists,
    typeId: type?.id ?? null,
    therapistId,
    day,
    firstDay,
    lastDay,
    slots,
    nextDay,
    moving:
      moving && clock
        ? {
            id: moving.appointment.id,
            typeName: moving.type.name,
            therapistName: moving.therapistName,
            start: moving.appointment.startsAt.toISOString(),
            day: clock.day,
            time: clock.time,
            status: moving.appointment.status,
            mayChange:
              moving.appointment.status === "booked" &&
              clientMayChange(moving.appointment.startsAt, now, practice.cancelWindowHours),
          }
        : null,
  };
  return { view, practice, type, calendars, moving };
}

/** The portal's booking page: free times to book, or to move one appointment to. */
export async function getPortalBooking(query: {
  type?: string;
  therapist?: string;
  day?: string;
  move?: string;
}): Promise<PortalBooking> {
  const viewer = await portalViewer("portal.book");
  const { view } = await slotsView(viewer, query);
  await audit(await db(), viewer, {
    action: "portal.book-form",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  return view;
}

/** Why a start the client chose is not offered: someone just took it, or it never was. */
function refusalOf(s: SlotsView, start: Date): "booking.taken" | "booking.unavailable" {
  return s.type && takenAt(s.practice, s.type, s.calendars, start, new Date())
    ? "booking.taken"
    : "booking.unavailable";
}

export type PortalBookingResult =
  { ok: true; id: string } | { ok: false; code: "booking.taken" | "booking.unavailable" | "booking.too-late" };

/** Books a follow-up: the slot must be one offered now; the database refuses a double booking. */
export async function bookAsClient(input: {
  typeId: string;
  therapistId: string;
  start: string;
}): Promise<PortalBookingResult> {
  const viewer = await portalViewer("portal.book");
  const start = new Date(input.start);
  const found = await slotsView(viewer, {
    type: input.typeId,
    therapist: input.therapistId,
    day: dayOfStart(input.start, viewer.timeZone),
  });
  const { view, type } = found;
  const slot = view.slots.find((s) => s.start === start.toISOString());
  if (!type || type.id !== input.typeId) return { ok: false, code: "booking.unavailable" };
  if (!slot) return { ok: false, code: refusalOf(found, start) };
  const candidates = view.therapistId === "anyone" ? view.therapists.map((t) => t.id) : [view.therapistId];
  const database = await db();
  const booked = await database.transaction((tx) =>
    insertAppointment(
      tx,
      {
        practiceId: viewer.practiceId,
        clientId: viewer.clientId,
        type,
        startsAt: new Date(slot.start),
        source: "portal",
        reason: null,
        createdBy: viewer.userId,
      },
      candidates,
      { actor: viewer, action: "portal.book" },
    ),
  );
  if (!booked) return { ok: false, code: "booking.taken" };
  await deliverPendingEmail();
  return { ok: true, id: booked.id };
}

/** Moves one of the client's appointments to another offered time, outside the window. */
export async function rescheduleAsClient(id: string, start: string): Promise<PortalBookingResult> {
  const viewer = await portalViewer("portal.book");
  const { appointment, type } = await myAppointment(viewer, id, "portal.book");
  const database = await db();
  const practice = await practiceOf(database, viewer.practiceId);
  if (
    appointment.status !== "booked" ||
    !clientMayChange(appointment.startsAt, new Date(), practice.cancelWindowHours)
  ) {
    return { ok: false, code: "booking.too-late" };
  }
  const found = await slotsView(viewer, { move: id, day: dayOfStart(start, practice.timeZone) });
  const slot = found.view.slots.find((s) => s.start === new Date(start).toISOString());
  if (!slot) return { ok: false, code: refusalOf(found, new Date(start)) };
  const moved = await database.transaction((tx) =>
    moveAppointment(tx, appointment, type, new Date(slot.start), [appointment.therapistId], {
      actor: viewer,
      action: "portal.move",
    }),
  );
  if (!moved) return { ok: false, code: "booking.taken" };
  await deliverPendingEmail();
  return { ok: true, id };
}

/** Cancels one of the client's appointments, outside the practice's cancellation window. */
export async function cancelAsClient(id: string): Promise<PortalBookingResult> {
  const viewer = await portalViewer("portal.book");
  const { appointment } = await myAppointment(viewer, id, "portal.book");
  const database = await db();
  const practice = await practiceOf(database, viewer.practiceId);
  // Already cancelled (a second tab, a double submit): done.
  if (appointment.status === "cancelled") return { ok: true, id };
  if (
    appointment.status !== "booked" ||
    !clientMayChange(appointment.startsAt, new Date(), practice.cancelWindowHours)
  ) {
    return { ok: false, code: "booking.too-late" };
  }
  const done = await database.transaction((tx) =>
    cancelAppointment(tx, id, { actor: viewer, action: "portal.cancel" }),
  );
  if (!done) return { ok: false, code: "booking.too-late" };
  await deliverPendingEmail();
  return { ok: true, id };
}

/** The practice's calendar day of a submitted start (an unparseable one: none). */
function dayOfStart(start: string, timeZone: string): string | undefined {
  const at = new Date(start);
  return Number.isNaN(at.getTime()) ? undefined : wallClock(at, timeZone).day;
}
