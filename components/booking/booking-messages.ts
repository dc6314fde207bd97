/**
 * What a person booking online reads when the data-access layer refuses (codes from
 * lib/dal/booking.ts and lib/dal/booking-manage.ts). The practice's phone is shown beside them.
 */
export const BOOKING_MESSAGES = {
  "booking.taken": "That time was just taken by someone else. Please choose another time.",
  "booking.unavailable":
    "That time is no longer available: it may have just been taken, or it is too soon to book online. Please choose another time.",
  "booking.rate-limited": "We have had too many booking attempts from you. Please try again later, or call us.",
  "booking.refused": "We could not take this booking online. Please call us to book.",
  "booking.link-invalid":
    "This link no longer works: it may have been replaced by a newer email after a change. Use the link in your latest email, or call us.",
  "booking.too-late":
    "Your appointment is too close to change online. Please call us if you need to move or cancel it.",
} as const;

export type BookingCode = keyof typeof BOOKING_MESSAGES;

/** Sent when a hidden field (the chosen time, type or therapist) does not parse: the page is stale or altered. */
export const STALE_CHOICE = "This page is out of date. Please go back and choose your time again.";

export const BOOKED_STATUS = "You're booked. We've emailed a confirmation with a calendar file.";
export const MOVED_STATUS = "Your appointment is moved. We've emailed the new time with an updated calendar file.";
export const CANCELLED_STATUS = "Your appointment is cancelled. We've emailed you a confirmation.";
