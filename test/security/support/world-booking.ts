import { eq } from "drizzle-orm";
import * as schema from "@/db/schema";
import { manageToken } from "@/lib/booking/manage-link";
import { blockedUntil } from "@/lib/domain/booking-policy";
import { addDays } from "@/lib/domain/days";
import { instantOf } from "@/lib/domain/wall-clock";
import { AUTH_SECRET } from "./server";
import type { Make, SeededClient, Tx } from "./world-kinds";

/**
 * The world's online booking: each practice has a public address (/book/sec-p1, /book/sec-p2),
 * a consultation (bookable online) and a follow-up, and its therapists work 09:00–17:00 every
 * day, London time, with the app's default rules (12 hours' notice, 8 weeks ahead, changes up
 * to 24 hours before). Everything the world books sits on its booking day (ten days ahead) and
 * the days after it, each at a time of its own, so no two of them ever compete for a therapist:
 *
 *   day     what                                          client A      client B      client C
 *   D       the client's follow-up ("appointment")        10:00 (th A)  10:00 (th B)  11:00 (th A)
 *   D       the booking behind a manage link              14:00 (th A)  14:00 (th B)  15:30 (th A)
 *   D+1     where staff move the follow-up to             same times
 *   D+2     where the client moves it to in the portal    same times
 *   D+3     where the manage link moves its booking to    same times
 *   D+4     09:00  the public booking page books (anyone free)
 *   D+5     09:00  the portal books a follow-up (anyone free)
 *   D+6     09:00  the confirmation page is opened for (never booked)
 *   D+7     09:00  staff book a follow-up (therapist A)
 *   D+20    the therapist's time off (all day)
 *   D+30    time off the availability form adds
 */
export const TIME_ZONE = "Europe/London";
export const WORKING_HOURS = { start: "09:00", end: "17:00" };
const FOLLOW_UP = { lengthMinutes: 30, bufferMinutes: 10 };
const CONSULTATION = { lengthMinutes: 60, bufferMinutes: 15 };
/** The values of the world's consultation, as the appointment-type form submits them. */
export const consultationForm = (n: number) => ({
  name: "Consultation",
  description: `First visit mkP${n}consult`,
  lengthMinutes: String(CONSULTATION.lengthMinutes),
  bufferMinutes: String(CONSULTATION.bufferMinutes),
  priceText: "£65",
  bookableOnline: "on",
  active: "on",
});

/** The instant of a wall-clock time on the booking day plus `days`, London time. */
export const slotOf = (bookingDay: string, days: number, time: string): Date =>
  instantOf(addDays(bookingDay, days), time, TIME_ZONE)!;

/** Makes a practice bookable online (see the top of this file); its address is a marker. */
export async function openBooking(tx: Tx, practice: { id: string; n: number }, therapistIds: string[]) {
  const slug = `sec-p${practice.n}`;
  const address = `${practice.n} mkP${practice.n}street, London`;
  await tx
    .update(schema.practices)
    .set({ slug, address, phone: `+44 20 7946 000${practice.n}` })
    .where(eq(schema.practices.id, practice.id));
  const form = consultationForm(practice.n);
  const [consultation, followUp] = await tx
    .insert(schema.appointmentTypes)
    .values([
      {
        practiceId: practice.id,
        name: form.name,
        description: form.description,
        ...CONSULTATION,
        priceText: form.priceText,
        bookableOnline: true,
        sortOrder: 1,
      },
      { practiceId: practice.id, name: "Follow-up", ...FOLLOW_UP, sortOrder: 2 },
    ])
    .returning();
  await tx.insert(schema.workingHours).values(
    therapistIds.flatMap((therapistId) =>
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        practiceId: practice.id,
        therapistId,
        weekday,
        startTime: WORKING_HOURS.start,
        endTime: WORKING_HOURS.end,
      })),
    ),
  );
  return { slug, address, consultationId: consultation!.id, followUpId: followUp!.id };
}

/** A booked appointment of the client with their therapist, as the DAL writes one. */
async function book(
  tx: Tx,
  client: SeededClient,
  o: {
    typeId: string;
    type: typeof FOLLOW_UP;
    startsAt: Date;
    source: "staff" | "online";
    reason: string;
    sequence?: number;
  },
) {
  const endsAt = new Date(o.startsAt.getTime() + o.type.lengthMinutes * 60_000);
  const [row] = await tx
    .insert(schema.appointments)
    .values({
      practiceId: client.practiceId,
      therapistId: client.therapistId,
      clientId: client.clientId,
      typeId: o.typeId,
      startsAt: o.startsAt,
      endsAt,
      blockedUntil: blockedUntil(endsAt, o.type.bufferMinutes),
      source: o.source,
      reason: o.reason,
      sequence: o.sequence ?? 0,
      reminderDueAt: new Date(o.startsAt.getTime() - 24 * 3_600_000),
      createdBy: o.source === "staff" ? client.therapistId : null,
    })
    .returning();
  return row!;
}

const APPOINTMENT_TIMES = ["10:00", "10:00", "11:00"];
const MANAGED_TIMES = ["14:00", "14:00", "15:30"];

/**
 * Object kinds of booking, seeded per client like the clinical ones (support/world-kinds.ts).
 * The practice-wide ones (a practice, its consultation) are the same object for every client of
 * a practice: "own" and "samePractice" then name one object, "otherPractice" the other's.
 */
export const BOOKING_KINDS = {
  /**
   * A practice's public booking address (the id is its slug); its pages show its address. Its
   * row is put back after the admin saves the practice's settings (the matrix's valid save changes it).
   */
  practice: async (_tx, client) => ({
    id: client.practice.slug,
    secrets: [client.practice.address],
    data: { consultation: client.practice.consultationId, followUp: client.practice.followUpId },
    row: { table: "practices", id: client.practice.id },
  }),
  /** A practice's consultation: its description is shown on the public page and to its admin. */
  appointmentType: async (_tx, client) => ({
    id: client.practice.consultationId,
    secrets: [`mkP${client.practice.n}consult`],
    data: { n: String(client.practice.n) },
  }),
  /** The client's therapist, whose working week and time off the availability actions edit. */
  therapist: async (_tx, client) => ({ id: client.therapistId, secrets: [] }),
  /** A follow-up on the booking day with the client's therapist, the reason a marker. */
  appointment: async (tx, client, marker) => {
    const time = APPOINTMENT_TIMES[client.index]!;
    const row = await book(tx, client, {
      typeId: client.practice.followUpId,
      type: FOLLOW_UP,
      startsAt: slotOf(client.practice.bookingDay, 0, time),
      source: "staff",
      reason: `${marker}appt`,
    });
    return {
      id: row.id,
      secrets: [`${marker}appt`],
      data: { therapistId: client.therapistId, time },
      row: { table: "appointments", id: row.id },
    };
  },
  /**
   * The emailed link of a consultation booked online and moved once since (the id is the signed
   * token of its current revision, made with the test server's secret as the app makes it).
   * Anyone holding it may open it: its page shows the practice's address, nothing of the client.
   * Its data holds links that must no longer work: the one from before the move, and one
   * already expired.
   */
  manageLink: async (tx, client, marker) => {
    const time = MANAGED_TIMES[client.index]!;
    const row = await book(tx, client, {
      typeId: client.practice.consultationId,
      type: CONSULTATION,
      startsAt: slotOf(client.practice.bookingDay, 0, time),
      source: "online",
      reason: `${marker}online`,
      sequence: 1,
    });
    const link = (sequence: number, expiresAt: Date) =>
      manageToken({ appointmentId: row.id, sequence, expiresAt }, AUTH_SECRET);
    return {
      id: link(1, row.startsAt),
      secrets: [client.practice.address],
      data: { time, stale: link(0, row.startsAt), expired: link(1, new Date(Date.now() - 60_000)) },
      row: { table: "appointments", id: row.id },
    };
  },
  /** A callback request of someone who answered yes on the pre-screen (not a client; one per client for scopes). */
  callback: async (tx, client, marker) => {
    const secret = `${marker}callback`;
    const [row] = await tx
      .insert(schema.callbackRequests)
      .values({
        practiceId: client.practiceId,
        name: `Caller ${secret}`,
        email: `${marker.replace(/^mk/, "cb")}@example.test`,
        phone: "+44 7700 900123",
        answers: ["calf-clot"],
        message: secret,
      })
      .returning();
    return { id: row!.id, secrets: [secret] };
  },
  /** A day off of the client's therapist, its note a marker. */
  timeOff: async (tx, client, marker) => {
    const day = addDays(client.practice.bookingDay, 20);
    const [row] = await tx
      .insert(schema.timeOff)
      .values({
        practiceId: client.practiceId,
        therapistId: client.therapistId,
        kind: "all-day",
        fromDay: day,
        toDay: day,
        note: `${marker}away`,
      })
      .returning();
    return { id: row!.id, secrets: [`${marker}away`], row: { table: "time_off", id: row!.id } };
  },
} satisfies Record<string, Make>;
