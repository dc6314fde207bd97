/**
 * When a booked appointment may still be changed by the person who booked it: up to the
 * practice's cancellation window before it starts (e.g. 24 hours), never after it has started.
 * Inside the window they call the practice, which keeps short-notice gaps manageable and is
 * what the confirmation email tells them. Staff may always move or cancel. Pure: `now` is passed.
 */
export function clientMayChange(startsAt: Date, now: Date, cancelWindowHours: number): boolean {
  return startsAt.getTime() - now.getTime() >= cancelWindowHours * 3_600_000;
}

/** When the reminder of an appointment is due: 24 hours before it starts (issue: "a reminder 24 h before"). */
export const REMINDER_HOURS_BEFORE = 24;

/**
 * The reminder's due time, or null when the appointment is booked (or moved) less than a day
 * ahead: the confirmation that goes out now is the reminder then.
 */
export function reminderDueAt(startsAt: Date, now: Date): Date | null {
  const due = new Date(startsAt.getTime() - REMINDER_HOURS_BEFORE * 3_600_000);
  return due.getTime() > now.getTime() ? due : null;
}

/** The time an appointment keeps from other bookings of its therapist: its length plus the buffer. */
export function blockedUntil(endsAt: Date, bufferMinutes: number): Date {
  return new Date(endsAt.getTime() + bufferMinutes * 60_000);
}
