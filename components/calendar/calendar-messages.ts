import type { CalendarAppointment } from "@/lib/dal/calendar";

/**
 * What staff read when the data-access layer refuses a change to an appointment or a callback
 * request (codes from lib/dal/appointments.ts and lib/dal/callbacks.ts), and the words for an
 * appointment's status and source.
 */
export const APPOINTMENT_MESSAGES = {
  "appointment.no-such-time": "That time does not exist on that day: the clocks go forward then. Choose another time.",
  "appointment.past": "That time has already passed. Choose a later time.",
  "appointment.unknown-choice":
    "This page is out of date: the type or therapist is no longer offered. Reload the page.",
  "appointment.not-booked": "This appointment is no longer booked (it was cancelled); nothing changed.",
  "appointment.not-started": "It has not started yet: mark it attended or a no-show once it has started.",
  "callback.already-resolved": "Someone has already resolved this request.",
} as const;

/** The refusal on a conflict names the therapist whose calendar is taken. */
export const conflictText = (therapistName: string) =>
  `${therapistName} already has an appointment then; choose another time.`;

/** Confirmations shown on the appointment page after a change (`?done=`). */
export const DONE_MESSAGES = {
  booked: "Appointment booked. The client has been emailed a confirmation.",
  moved: "Appointment moved. The client has been emailed the new time.",
  "booked-outside":
    "Appointment booked, outside the therapist's working hours or during their time off. The client has been emailed a confirmation.",
  "moved-outside":
    "Appointment moved, outside the therapist's working hours or during their time off. The client has been emailed the new time.",
  cancelled: "Appointment cancelled. The client has been emailed.",
  attended: "Marked as attended.",
  "no-show": "Marked as a no-show.",
} as const;

export type DoneKey = keyof typeof DONE_MESSAGES;

export const doneMessage = (done: string | string[] | undefined): string | undefined =>
  typeof done === "string" && done in DONE_MESSAGES ? DONE_MESSAGES[done as DoneKey] : undefined;

export const STATUS_WORDS: Record<CalendarAppointment["status"], string> = {
  booked: "Booked",
  cancelled: "Cancelled",
  attended: "Attended",
  "no-show": "No-show",
};

export const SOURCE_WORDS: Record<CalendarAppointment["source"], string> = {
  online: "Booked online by the client",
  portal: "Booked by the client in the portal",
  staff: "Booked by staff",
};
