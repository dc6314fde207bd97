import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";

/**
 * The .ics file attached to a booking confirmation or cancellation email. Pure: the message's time stamp is
 * passed in, nothing is read from the clock or the database.
 *
 * Why METHOD:REQUEST (not PUBLISH): a REQUEST is an iTIP scheduling message (RFC 5546) from the organizer.
 * Gmail, Outlook and Apple Mail show it as an invitation, put it in the client's calendar, and apply a later
 * REQUEST with the same UID and a higher SEQUENCE as an update (a reschedule) and a CANCEL as its removal.
 * A PUBLISH is a one-off import: clients do not reliably tie later updates or cancellations to it.
 * Send it as a text/calendar part whose `method` matches (nodemailer: `icalEvent: { method, content }`),
 * or Outlook shows a plain attachment.
 */
export const CONFIRMATION_METHOD = "REQUEST";
export const CANCELLATION_METHOD = "CANCEL";

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsAppointment {
  /** Stable for the life of the appointment (e.g. `${appointmentId}@${host}`): updates replace by UID. */
  uid: string;
  /**
   * Revision of the appointment as sent to the client: 0 when booked, +1 on each reschedule, and +1 again
   * for the cancellation. Calendars ignore a message whose SEQUENCE is not above the last one they applied.
   */
  sequence: number;
  start: Date;
  end: Date;
  /** The practice's IANA zone: the event carries it (DTSTART;TZID=… with a VTIMEZONE) when that is exact. */
  timeZone: string;
  summary: string;
  description: string;
  /** The practice's address; empty leaves LOCATION out. */
  location: string;
  /** The client's manage link (reschedule or cancel). */
  url: string;
  organizer: IcsPerson;
  attendee: IcsPerson;
  /** DTSTAMP: when this message was made (the caller's `now`). */
  stamp: Date;
}

/** The .ics text of a booking confirmation: METHOD:REQUEST, STATUS:CONFIRMED. */
export function confirmationIcs(appointment: IcsAppointment): string {
  return calendarText(appointment, ICalCalendarMethod.REQUEST, ICalEventStatus.CONFIRMED);
}

/** The .ics text of a cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, a higher SEQUENCE. */
export function cancellationIcs(appointment: IcsAppointment): string {
  return calendarText(appointment, ICalCalendarMethod.CANCEL, ICalEventStatus.CANCELLED);
}

// Parameter values (CN) are quoted and may not hold a double quote or a line break (RFC 5545 3.2).
const paramSafe = (s: string) => s.replace(/"/g, "'").replace(/[\r\n]+/g, " ");

function calendarText(a: IcsAppointment, method: ICalCalendarMethod, status: ICalEventStatus): string {
  if (!(a.end > a.start)) throw new RangeError("An appointment ends after it starts");
  const vtimezone = exactVtimezone(a.timeZone, [a.start, a.end]);
  const calendar = ical({
    prodId: { company: "Unknot", product: "Booking", language: "EN" },
    method,
    // With a VTIMEZONE we can trust, times are written in the practice's zone; otherwise in UTC (always exact).
    timezone: vtimezone ? { name: null, generator: () => vtimezone } : null,
  });
  calendar.createEvent({
    id: a.uid,
    sequence: a.sequence,
    stamp: a.stamp,
    // Instants, converted to the zone's wall clock by the library; a plain Date would use the server's zone.
    start: Temporal.Instant.fromEpochMilliseconds(a.start.getTime()),
    end: Temporal.Instant.fromEpochMilliseconds(a.end.getTime()),
    timezone: vtimezone ? a.timeZone : null,
    summary: a.summary,
    description: a.description,
    location: a.location.trim() === "" ? null : a.location,
    url: a.url,
    status,
    organizer: { name: paramSafe(a.organizer.name), email: a.organizer.email },
    attendees: [
      {
        name: paramSafe(a.attendee.name),
        email: a.attendee.email,
        role: ICalAttendeeRole.REQ,
        // The client chose this time: the booking is already accepted, no reply is asked for.
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  return calendar.toString();
}

/**
 * The zone's VTIMEZONE from @touch4it/ical-timezones, only if it places every given instant exactly. Its data
 * is a 2018 snapshot of the tz database, so zones whose rules changed since (Mexico dropped DST in 2022, for
 * one) would put the appointment an hour off in calendars that trust the VTIMEZONE (Outlook); and a local time
 * that occurs twice (the fall-back hour) is read differently by different programs (RFC 5545 says the first
 * occurrence, ical.js takes the second). In those cases we write UTC instead, which every program reads exactly.
 */
function exactVtimezone(timeZone: string, instants: readonly Date[]): string | null {
  const text = getVtimezoneComponent(timeZone);
  if (!text) return null;
  const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)));
  const exact = instants.every((instant) => {
    const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
    const local = zoned.toPlainDateTime();
    const ambiguous = !local
      .toZonedDateTime(timeZone, { disambiguation: "earlier" })
      .equals(local.toZonedDateTime(timeZone, { disambiguation: "later" }));
    const { year, month, day, hour, minute, second } = local;
    const read = ICAL.Time.fromData({ year, month, day, hour, minute, second }, zone);
    return !ambiguous && read.toUnixTime() === Math.floor(instant.getTime() / 1000);
  });
  return exact ? text : null;
}
