import type { PolicyRule } from "./policy-types";
import { onlyFor, PORTAL, PUBLIC, RECEPTION, STAFF } from "./policy-forms";
import { confirmSearch } from "./policy-forms-booking";

/** Policy rows for the booking pages: public, staff (the calendar, availability) and the portal's. */
export const bookingPagePolicy: Record<string, PolicyRule> = {
  // Public: anyone, signed in or not, books with any practice; an address naming none is not found.
  "page /book/[slug]": {
    kind: "page",
    params: { slug: "practice" },
    ...PUBLIC,
  },
  // The confirmation step, for a time no one books: the chosen time, the pre-screen, the form.
  "page /book/[slug]/confirm": {
    kind: "page",
    params: { slug: "practice" },
    ...PUBLIC,
    search: confirmSearch,
  },
  // The emailed link is the key to one booking: whoever holds it sees the booking (the practice,
  // the time, the therapist), never the client; a link that is not, or no longer, valid shows a
  // page of its own.
  "page /book/manage/[token]": {
    kind: "page",
    params: { token: "manageLink" },
    ...PUBLIC,
    invalid: "This link is no longer valid",
  },
  // The staff calendar, on the week of the seeded appointments: the practice's staff, the front
  // desk too, see every client's appointments of their practice.
  "page /calendar": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "calendar.read",
    search: (world) => `view=week&date=${world.bookingDay}`,
  },
  // The client search finds clients of the caller's practice only.
  "page /calendar/new": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "appointment.create",
    search: () => "q=mkP",
  },
  "page /calendar/callbacks": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "callback.list",
  },
  "page /calendar/appointments/[id]": {
    kind: "page",
    params: { id: "appointment" },
    ...RECEPTION,
    audit: "appointment.manage",
  },
  // A therapist's own week and time off (another's, asked for in the address, is not offered);
  // an admin's choice of everyone's, with the booking settings. Not the front desk's.
  "page /settings/availability": {
    kind: "page",
    sees: { therapist: ["own"], admin: STAFF },
    answers: onlyFor("therapist", "admin"),
    audit: "availability.edit",
    search: (world) => `therapist=${world.objects.therapist!.samePractice.id}`,
  },
  "page /portal/appointments": {
    kind: "page",
    ...PORTAL,
    audit: "portal.appointments",
  },
  // Moving an appointment starts here (?move=id): only ever one of the client's own.
  "page /portal/appointments/book": {
    kind: "page",
    ...PORTAL,
    answers: undefined,
    query: { move: "appointment" },
    audit: "portal.book",
  },
};
