import type { MyAppointment, PortalBookingResult } from "@/lib/dal/portal-appointments";

/**
 * What a client reads in the portal about their appointments: refusals of the data-access layer
 * (codes from lib/dal/portal-appointments.ts), the notices after a change, and statuses in words.
 */
export const APPOINTMENT_REFUSALS: Record<Extract<PortalBookingResult, { ok: false }>["code"], string> = {
  "booking.taken": "That time was just taken — here are the times still free.",
  "booking.unavailable": "That time is no longer available — here are the times still free.",
  "booking.too-late": "It is now too late to change this appointment online. Please call the practice.",
};

/** A hidden field (the time, type, therapist or appointment) did not parse: the page is stale or altered. */
export const STALE_PAGE = "This page is out of date. Please choose your time again.";

export const APPOINTMENT_NOTICES = {
  booked: "You're booked. We've emailed you a confirmation.",
  moved: "Your appointment is moved. We've emailed you the new time.",
  cancelled: "Your appointment is cancelled. We've emailed you a confirmation.",
} as const;

export type AppointmentNotice = keyof typeof APPOINTMENT_NOTICES;

/** How an appointment went (or stands), for the list of past ones. */
export const STATUS_WORDS: Record<MyAppointment["status"], string> = {
  booked: "Not yet recorded",
  attended: "Attended",
  "no-show": "Missed",
  cancelled: "Cancelled",
};

/** "Less than 24 hours to go": why an upcoming appointment can no longer be changed online. */
export function insideWindowText(cancelWindowHours: number): string {
  return `Less than ${cancelWindowHours} hours to go: it can no longer be changed online.`;
}
