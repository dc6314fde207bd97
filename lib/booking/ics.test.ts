import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cancellationIcs, confirmationIcs, type IcsAppointment } from "./ics";

// A summer appointment in London: 09:00 BST is 08:00Z.
const booking: IcsAppointment = {
  uid: "appt-42@unknot.test",
  sequence: 0,
  start: new Date("2027-06-15T08:00:00Z"),
  end: new Date("2027-06-15T09:00:00Z"),
  timeZone: "Europe/London",
  summary: "Massage with Maya Torres",
  description: "Deep tissue, 60 minutes.\nArrive 5 minutes early.",
  location: "12 Harbour Street, Bristol BS1 4QA",
  url: "https://unknot.test/book/manage/abc123",
  organizer: { name: "Calm Hands Practice", email: "hello@calmhands.test" },
  attendee: { name: "Jordan Lee", email: "jordan.lee@example.test" },
  stamp: new Date("2027-06-01T10:11:12Z"),
};

/** Reads the file back with ical.js, registering its VTIMEZONEs so TZID times resolve. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  const person = (name: "organizer" | "attendee") => {
    const p = vevent.getFirstProperty(name);
    // A URI scheme is case-insensitive (RFC 3986); ical-generator writes the attendee's as "MAILTO:".
    const value = String(p?.getFirstValue()).replace(/^mailto:/i, "mailto:");
    return { cn: p?.getParameter("cn"), value, partstat: p?.getParameter("partstat") };
  };
  return {
    method: calendar.getFirstPropertyValue("method"),
    vtimezones: calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    startZone: event.startDate.zone?.tzid,
    summary: event.summary,
    description: event.description,
    location: vevent.getFirstPropertyValue("location"),
    url: vevent.getFirstPropertyValue("url"),
    organizer: person("organizer"),
    attendee: person("attendee"),
  };
}

describe("confirmationIcs", () => {
  it("is read back by an independent parser with every field", () => {
    const text = confirmationIcs(booking);
    expect(read(text)).toEqual({
      method: "REQUEST",
      vtimezones: ["Europe/London"],
      uid: "appt-42@unknot.test",
      sequence: 0,
      status: "CONFIRMED",
      start: new Date("2027-06-15T08:00:00Z"),
      end: new Date("2027-06-15T09:00:00Z"),
      startZone: "Europe/London",
      summary: "Massage with Maya Torres",
      description: "Deep tissue, 60 minutes.\nArrive 5 minutes early.",
      location: "12 Harbour Street, Bristol BS1 4QA",
      url: "https://unknot.test/book/manage/abc123",
      organizer: { cn: "Calm Hands Practice", value: "mailto:hello@calmhands.test", partstat: undefined },
      attendee: { cn: "Jordan Lee", value: "mailto:jordan.lee@example.test", partstat: "ACCEPTED" },
    });
  });

  it("writes wall-clock times in the practice's zone, with its VTIMEZONE, and DTSTAMP in UTC", () => {
    const summer = confirmationIcs(booking);
    expect(summer).toContain("DTSTART;TZID=Europe/London:20270615T090000\r\n");
    expect(summer).toContain("DTEND;TZID=Europe/London:20270615T100000\r\n");
    expect(summer).toContain("DTSTAMP:20270601T101112Z\r\n");
    expect(summer).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
    const winter = confirmationIcs({
      ...booking,
      timeZone: "America/New_York",
      start: new Date("2027-01-12T14:00:00Z"),
      end: new Date("2027-01-12T15:30:00Z"),
    });
    expect(winter).toContain("DTSTART;TZID=America/New_York:20270112T090000\r\n");
    expect(read(winter)).toMatchObject({
      start: new Date("2027-01-12T14:00:00Z"),
      end: new Date("2027-01-12T15:30:00Z"),
      startZone: "America/New_York",
    });
  });

  it("round-trips commas, semicolons, backslashes and newlines in text", () => {
    const summary = "Massage, deep tissue; 60 min\nback\\neck";
    const description = "Bring: shorts, a T-shirt; water.\r\nParking; rear yard, gate code 1234.";
    const back = read(confirmationIcs({ ...booking, summary, description, location: "Flat 2; 5 Quay, Leeds" }));
    expect(back.summary).toBe(summary);
    expect(back.description).toBe("Bring: shorts, a T-shirt; water.\nParking; rear yard, gate code 1234.");
    expect(back.location).toBe("Flat 2; 5 Quay, Leeds");
  });

  it("keeps names with quotes readable and leaves out an empty location", () => {
    const organizer = { name: 'The "Knot" Clinic', email: "a@b.test" };
    const text = confirmationIcs({ ...booking, location: "", organizer });
    const back = read(text);
    expect(back.location).toBeNull();
    expect(back.organizer.cn).toBe("The 'Knot' Clinic");
  });

  it("folds lines at 75 octets and ends lines with CRLF", () => {
    const text = confirmationIcs({ ...booking, description: "word ".repeat(60) });
    const lines = text.split("\r\n");
    expect(lines.every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("carries a higher sequence for a reschedule of the same uid", () => {
    const start = new Date("2027-06-16T08:00:00Z");
    const moved = read(confirmationIcs({ ...booking, sequence: 1, start, end: new Date("2027-06-16T09:00:00Z") }));
    expect(moved).toMatchObject({ uid: booking.uid, sequence: 1, start });
  });

  it("writes UTC times when the bundled VTIMEZONE would be wrong or the local time is ambiguous", () => {
    // Mexico abolished DST in 2022; the bundled (2018) rules still have it.
    const mexico = confirmationIcs({ ...booking, timeZone: "America/Mexico_City" });
    expect(mexico).toContain("DTSTART:20270615T080000Z\r\n");
    expect(mexico).not.toContain("VTIMEZONE");
    // 01:30 on 31 October 2027 happens twice in London; this is the second (GMT) one.
    const second = { ...booking, start: new Date("2027-10-31T01:30:00Z"), end: new Date("2027-10-31T02:30:00Z") };
    expect(confirmationIcs(second)).toContain("DTSTART:20271031T013000Z\r\n");
    expect(read(confirmationIcs(second))).toMatchObject({ start: second.start, end: second.end });
  });
});

describe("cancellationIcs", () => {
  it("cancels the same uid with a higher sequence", () => {
    const back = read(cancellationIcs({ ...booking, sequence: 2 }));
    expect(back).toMatchObject({
      method: "CANCEL",
      status: "CANCELLED",
      uid: "appt-42@unknot.test",
      sequence: 2,
      start: booking.start,
      startZone: "Europe/London",
      organizer: { value: "mailto:hello@calmhands.test" },
      attendee: { value: "mailto:jordan.lee@example.test" },
    });
  });
});
