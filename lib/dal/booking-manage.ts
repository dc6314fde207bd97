// The emailed link to one booking: see it, move it to another free time, or cancel it, up to
// the practice's cancellation window. The signed link is the only key (lib/booking/manage-link.ts).
import "server-only";
import { clientMayChange } from "@/lib/domain/booking-policy";
import { addDays, dayIn, isRealDay } from "@/lib/domain/days";
import { wallClock } from "@/lib/domain/slots";
import { cancelAppointment, loadByToken, manageLinkOf, moveAppointment } from "./internal/appointments";
import { daySlots, loadCalendars, type PracticeRow } from "./internal/availability";
import { db } from "./internal/database";
import { deliverPendingEmail } from "./internal/email";
import type { OfferedSlot, PublicPractice } from "./booking";

export interface ManagedBooking {
  practice: PublicPractice;
  cancelWindowHours: number;
  appointment: {
    typeName: string;
    therapistName: string;
    start: string;
    end: string;
    status: "booked" | "cancelled" | "attended" | "no-show";
  };
  /** Whether the person may still move or cancel it themselves (outside the window). */
  mayChange: boolean;
  /** For rescheduling: the chosen day, its free starts with the same therapist, and the bounds. */
  day: string;
  firstDay: string;
  lastDay: string;
  slots: OfferedSlot[];
  nextDay: string | null;
}

const publicOf = (p: PracticeRow): PublicPractice => ({
  name: p.name,
  slug: p.slug,
  phone: p.phone,
  address: p.address,
  timeZone: p.timeZone,
});

/** What the link shows; null when it is not (or no longer) valid. */
export async function getManagedBooking(token: string, query: { day?: string } = {}): Promise<ManagedBooking | null> {
  const database = await db();
  const loaded = await loadByToken(database, token);
  if (!loaded) return null;
  const { appointment, practice, type } = loaded;
  const now = new Date();
  const mayChange =
    appointment.status === "booked" && clientMayChange(appointment.startsAt, now, practice.cancelWindowHours);
  const firstDay = dayIn(practice.timeZone, now);
  const lastDay = addDays(firstDay, practice.horizonDays);
  const wanted = isRealDay(query.day) ? query.day : wallClock(appointment.startsAt, practice.timeZone).day;
  const day = wanted < firstDay ? firstDay : wanted > lastDay ? lastDay : wanted;
  let slots: OfferedSlot[] = [];
  let nextDay: string | null = null;
  if (mayChange) {
    // The booking's own time is free to it: leave it out of what holds the therapist's time.
    const calendars = await loadCalendars(database, practice, [appointment.therapistId], now);
    const calendar = calendars.get(appointment.therapistId)!;
    calendar.appointments = calendar.appointments.filter((a) => a.start.getTime() !== appointment.startsAt.getTime());
    const found = daySlots(practice, type, calendars, day, now);
    slots = found.slots
      .filter((s) => s.start.getTime() !== appointment.startsAt.getTime())
      .map((s) => ({ start: s.start.toISOString(), time: wallClock(s.start, practice.timeZone).time }));
    nextDay = found.nextDay;
  }
  return {
    practice: publicOf(practice),
    cancelWindowHours: practice.cancelWindowHours,
    appointment: {
      typeName: type.name,
      therapistName: loaded.therapistName,
      start: appointment.startsAt.toISOString(),
      end: appointment.endsAt.toISOString(),
      status: appointment.status,
    },
    mayChange,
    day,
    firstDay,
    lastDay,
    slots,
    nextDay,
  };
}

export type ManageResult =
  | { ok: true; manageToken: string }
  | { ok: false; code: "booking.link-invalid" | "booking.too-late" | "booking.taken" | "booking.unavailable" };

const actorOf = (practiceId: string) => ({ userId: null, role: "public", practiceId });

/** Cancels the booking a link names, outside the cancellation window; the calendar file follows. */
export async function cancelByLink(token: string): Promise<ManageResult> {
  const database = await db();
  const loaded = await loadByToken(database, token);
  if (!loaded) return { ok: false, code: "booking.link-invalid" };
  const { appointment, practice } = loaded;
  if (!clientMayChange(appointment.startsAt, new Date(), practice.cancelWindowHours)) {
    return { ok: false, code: "booking.too-late" };
  }
  const done = await database.transaction((tx) =>
    cancelAppointment(tx, appointment.id, {
      actor: actorOf(practice.id),
      action: "booking.cancel",
      detail: { via: "link" },
    }),
  );
  if (!done) return { ok: false, code: "booking.link-invalid" };
  await deliverPendingEmail();
  // A link to the cancelled booking (its new revision), so the page can go on showing what happened.
  return { ok: true, manageToken: manageLinkOf({ ...appointment, sequence: appointment.sequence + 1 }) };
}

/** Moves the booking to another free start with the same therapist, outside the window. */
export async function rescheduleByLink(token: string, start: string): Promise<ManageResult> {
  const database = await db();
  const loaded = await loadByToken(database, token);
  if (!loaded) return { ok: false, code: "booking.link-invalid" };
  const { appointment, practice, type } = loaded;
  const now = new Date();
  if (!clientMayChange(appointment.startsAt, now, practice.cancelWindowHours)) {
    return { ok: false, code: "booking.too-late" };
  }
  const startsAt = new Date(start);
  const view = await getManagedBooking(token, { day: wallClock(startsAt, practice.timeZone).day });
  if (!view?.slots.some((s) => s.start === startsAt.toISOString())) return { ok: false, code: "booking.unavailable" };
  const moved = await database.transaction((tx) =>
    moveAppointment(tx, appointment, type, startsAt, [appointment.therapistId], {
      actor: actorOf(practice.id),
      action: "booking.move",
      detail: { via: "link" },
    }),
  );
  if (!moved) return { ok: false, code: "booking.taken" };
  await deliverPendingEmail();
  return { ok: true, manageToken: manageLinkOf(moved) };
}
