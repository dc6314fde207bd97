import { appointments } from "../../db/schema";
import { blockedUntil, reminderDueAt } from "../../lib/domain/booking-policy";
import { addDays } from "../../lib/domain/days";
import type { AppointmentType, PracticeSeed, Therapist } from "./practice";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The practice has booked through the app for the last year; older visits have notes but no appointment. */
const BOOKING_HISTORY_DAYS = 365;

export interface Booking {
  therapistId: string;
  type: AppointmentType;
  startsAt: Date;
  endsAt: Date;
}

export interface Visit {
  day: string;
  /** When the visit started (the appointment's start, or a time that day without one). */
  at: Date;
  booking: Booking | null;
}

/** A slot in the therapist's diary on `day` or one of the next `tries - 1` days before `until`. */
export function book(
  p: PracticeSeed,
  therapist: Therapist,
  type: AppointmentType,
  day: string,
  until: string,
  tries = 3,
) {
  for (let d = day, i = 0; i < tries && d < until; i++, d = addDays(d, 1)) {
    const start = therapist.diary.book(d, type.lengthMinutes, type.lengthMinutes + type.bufferMinutes);
    if (start !== null) {
      const startsAt = p.at(d, start);
      return {
        day: d,
        booking: {
          therapistId: therapist.id,
          type,
          startsAt,
          endsAt: new Date(startsAt.getTime() + type.lengthMinutes * MINUTE),
        },
      };
    }
  }
  return null;
}

/**
 * An episode's visits before today: the intake on `firstDay`, then follow-ups 6–21 days apart.
 * Visits in the last year are booked in the therapist's diary (moved a day or two when it is
 * full); older ones, and ones no slot was found for, happened without an appointment row.
 */
export function scheduleVisits(p: PracticeSeed, therapist: Therapist, firstDay: string, followUps: number): Visit[] {
  const { random } = p;
  const visits: Visit[] = [];
  const booksFrom = addDays(p.today, -BOOKING_HISTORY_DAYS);
  let day = firstDay;
  for (let i = 0; i <= followUps && day < p.today; i++) {
    const type = i === 0 ? p.types.consultation : random.chance(0.6) ? p.types.treatment : p.types.followUp;
    const booked = day >= booksFrom ? book(p, therapist, type, day, p.today) : null;
    if (booked) visits.push({ day: booked.day, at: booked.booking.startsAt, booking: booked.booking });
    else visits.push({ day, at: p.at(day, random.int(8 * 4, 18 * 4) * 15), booking: null });
    day = addDays(visits.at(-1)!.day, random.int(6, 21));
  }
  return visits;
}

/** A booking from `fromDay` on, within the practice's usual booking horizon; null when the diary is full. */
export function bookAhead(p: PracticeSeed, therapist: Therapist, type: AppointmentType, fromDay: string) {
  return book(p, therapist, type, fromDay, addDays(p.today, 56), 6)?.booking ?? null;
}

/** The appointment row of a booking, with the reminder state the reminder job would leave. */
export function addAppointment(
  p: PracticeSeed,
  clientId: string,
  booking: Booking,
  details: {
    status: "booked" | "attended" | "no-show" | "cancelled";
    source: "online" | "portal" | "staff";
    createdBy: string | null;
    reason?: string | null;
  },
): Date {
  const { random, now } = p;
  const start = booking.startsAt.getTime();
  const createdAt = new Date(
    Math.min(now.getTime() - MINUTE, start - random.int(1, 21) * DAY - random.int(0, 600) * MINUTE),
  );
  const due = reminderDueAt(booking.startsAt, createdAt);
  const cancelled = details.status === "cancelled";
  const cancelledAt = cancelled
    ? new Date(
        Math.min(now.getTime(), Math.max(createdAt.getTime() + 3_600_000, start - random.int(2, 72) * 3_600_000)),
      )
    : null;
  const past = start < now.getTime();
  p.out.add(appointments, {
    id: random.uuid(),
    practiceId: p.id,
    therapistId: booking.therapistId,
    clientId,
    typeId: booking.type.id,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    blockedUntil: blockedUntil(booking.endsAt, booking.type.bufferMinutes),
    status: details.status,
    source: details.source,
    reason: details.reason ?? null,
    sequence: cancelled ? 1 : 0,
    reminderDueAt: due,
    // Reminders due before now have gone out (the reminder job sends them when due).
    reminderSentAt: due && due.getTime() < now.getTime() && !cancelled ? due : null,
    createdBy: details.createdBy,
    createdAt,
    cancelledAt,
    updatedAt: cancelledAt ?? (past ? booking.endsAt : createdAt),
  });
  return createdAt;
}
