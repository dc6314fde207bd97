// Online booking for people who are not clients yet: the public page of a practice, its free
// slots, and booking one (or, after a yes on the pre-screen, a callback request instead).
import "server-only";
import { notFound } from "next/navigation";
import { and, asc, eq, sql } from "drizzle-orm";
import { appointmentTypes, callbackRequests, clients, practices } from "@/db/schema";
import type { Db } from "@/db/client";
import { addDays, dayIn, isRealDay } from "@/lib/domain/days";
import { PRESCREEN_QUESTIONS, prescreenOutcome, type PrescreenAnswers } from "@/lib/domain/prescreen";
import { wallClock } from "@/lib/domain/slots";
import type { BookingInput } from "@/lib/validation/booking";
import { insertAppointment, manageLinkOf } from "./internal/appointments";
import { audit } from "./internal/audit";
import {
  bookableTherapists,
  daySlots,
  loadCalendars,
  takenAt,
  type PracticeRow,
  type TherapistOption,
} from "./internal/availability";
import { db } from "./internal/database";
import { deliverPendingEmail } from "./internal/email";
import { exhausted, spend, type LimitRule } from "./internal/rate-limits";
import { requestIp } from "./internal/request";

export type { TherapistOption } from "./internal/availability";

export interface PublicPractice {
  name: string;
  slug: string;
  phone: string | null;
  address: string | null;
  timeZone: string;
}

export interface BookableType {
  id: string;
  name: string;
  description: string | null;
  lengthMinutes: number;
  priceText: string | null;
}

/** One offered start: the instant (ISO) and its wall-clock time in the practice's zone. */
export interface OfferedSlot {
  start: string;
  time: string;
}

export interface BookingPage {
  practice: PublicPractice;
  therapists: TherapistOption[];
  types: BookableType[];
  /** What the visitor chose (or the defaults): a therapist or "anyone", a type, a day. */
  therapistId: string;
  typeId: string | null;
  day: string;
  /** The days booking is open: today to the end of the horizon. */
  firstDay: string;
  lastDay: string;
  slots: OfferedSlot[];
  /** When the day is full: the next day with a free slot (null if none within the horizon). */
  nextDay: string | null;
}

const publicOf = (p: PracticeRow): PublicPractice => ({
  name: p.name,
  slug: p.slug,
  phone: p.phone,
  address: p.address,
  timeZone: p.timeZone,
});

async function practiceBySlug(database: Pick<Db, "select">, slug: string): Promise<PracticeRow> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) notFound();
  const [practice] = await database.select().from(practices).where(eq(practices.slug, slug)).limit(1);
  if (!practice) notFound();
  return practice;
}

/** Types a new client may book online, in the practice's order. */
function onlineTypes(database: Pick<Db, "select">, practiceId: string) {
  return database
    .select()
    .from(appointmentTypes)
    .where(
      and(
        eq(appointmentTypes.practiceId, practiceId),
        eq(appointmentTypes.active, true),
        eq(appointmentTypes.bookableOnline, true),
      ),
    )
    .orderBy(asc(appointmentTypes.sortOrder), asc(appointmentTypes.name));
}

/**
 * The public booking page of a practice: who and what can be booked, and every free start of
 * the chosen day. Public: no sign-in, nothing about any client; an unknown address is not found.
 */
export async function getBookingPage(
  slug: string,
  query: { therapist?: string; type?: string; day?: string },
): Promise<BookingPage> {
  const database = await db();
  const practice = await practiceBySlug(database, slug);
  const now = new Date();
  const [therapists, types] = await Promise.all([
    bookableTherapists(database, practice.id),
    onlineTypes(database, practice.id),
  ]);
  const firstDay = dayIn(practice.timeZone, now);
  const lastDay = addDays(firstDay, practice.horizonDays);
  const therapistId = therapists.some((t) => t.id === query.therapist) ? query.therapist! : "anyone";
  const type = types.find((t) => t.id === query.type) ?? (types.length === 1 ? types[0] : undefined);
  const day = isRealDay(query.day) && query.day >= firstDay && query.day <= lastDay ? query.day : firstDay;
  const base = {
    practice: publicOf(practice),
    therapists,
    types: types.map(({ id, name, description, lengthMinutes, priceText }) => ({
      id,
      name,
      description,
      lengthMinutes,
      priceText,
    })),
    therapistId,
    typeId: type?.id ?? null,
    day,
    firstDay,
    lastDay,
  };
  if (!type) return { ...base, slots: [], nextDay: null };
  const ids = therapistId === "anyone" ? therapists.map((t) => t.id) : [therapistId];
  const calendars = await loadCalendars(database, practice, ids, now);
  const { slots, nextDay } = daySlots(practice, type, calendars, day, now);
  return {
    ...base,
    slots: slots.map((s) => ({ start: s.start.toISOString(), time: wallClock(s.start, practice.timeZone).time })),
    nextDay,
  };
}

export interface BookingChoice {
  practice: PublicPractice;
  type: BookableType;
  therapistId: string;
  /** The chosen therapist's name, or null for "whoever is free". */
  therapistName: string | null;
  start: string;
  day: string;
  time: string;
  /** Whether the slot is still offered now; if not, the form sends the visitor back to choose. */
  stillFree: boolean;
  questions: typeof PRESCREEN_QUESTIONS;
}

/** The confirmation step: the chosen slot, whether it is still free, and the pre-screen. */
export async function getBookingChoice(
  slug: string,
  query: { type?: string; therapist?: string; start?: string },
): Promise<BookingChoice | null> {
  const database = await db();
  const practice = await practiceBySlug(database, slug);
  const now = new Date();
  const [therapists, types] = await Promise.all([
    bookableTherapists(database, practice.id),
    onlineTypes(database, practice.id),
  ]);
  const type = types.find((t) => t.id === query.type);
  const start = query.start ? new Date(query.start) : null;
  const therapistId = query.therapist === "anyone" ? "anyone" : therapists.find((t) => t.id === query.therapist)?.id;
  if (!type || !therapistId || !start || Number.isNaN(start.getTime())) return null;
  const { candidates } = await freeCandidates(database, practice, type, therapistId, therapists, start, now);
  const clock = wallClock(start, practice.timeZone);
  return {
    practice: publicOf(practice),
    type: {
      id: type.id,
      name: type.name,
      description: type.description,
      lengthMinutes: type.lengthMinutes,
      priceText: type.priceText,
    },
    therapistId,
    therapistName: therapists.find((t) => t.id === therapistId)?.name ?? null,
    start: start.toISOString(),
    day: clock.day,
    time: clock.time,
    stillFree: candidates.length > 0,
    questions: PRESCREEN_QUESTIONS,
  };
}

/**
 * The therapists (one, or anyone) for whom `start` is an offered slot right now, and whether a
 * start that is not offered would be but for other bookings (it was just taken) or never was.
 */
async function freeCandidates(
  database: Pick<Db, "select" | "selectDistinct">,
  practice: PracticeRow,
  type: Pick<typeof appointmentTypes.$inferSelect, "lengthMinutes" | "bufferMinutes">,
  therapistId: string,
  therapists: TherapistOption[],
  start: Date,
  now: Date,
): Promise<{ candidates: string[]; taken: boolean }> {
  const ids = therapistId === "anyone" ? therapists.map((t) => t.id) : [therapistId];
  const calendars = await loadCalendars(database, practice, ids, now);
  const day = wallClock(start, practice.timeZone).day;
  const offered = daySlots(practice, type, calendars, day, now).slots.find(
    (s) => s.start.getTime() === start.getTime(),
  );
  if (offered) return { candidates: offered.therapistIds, taken: false };
  return { candidates: [], taken: takenAt(practice, type, calendars, start, now) };
}

/**
 * Abuse limits of the public page (issue: rate-limited per IP and per email): 20 attempts an
 * hour from one address, 5 a day for one email, whether they book or ask for a callback.
 */
const PER_IP: LimitRule = { keyPrefix: "booking_ip", points: 20, duration: 3600, blockDuration: 3600 };
const PER_EMAIL: LimitRule = { keyPrefix: "booking_email", points: 5, duration: 86_400, blockDuration: 86_400 };

export type BookingResult =
  | { ok: true; outcome: "booked"; manageToken: string }
  | { ok: true; outcome: "callback" }
  | { ok: false; code: "booking.taken" | "booking.unavailable" | "booking.rate-limited" | "booking.refused" };

/**
 * Books a consultation from the public page, or records a callback request when the pre-screen
 * has a yes (lib/domain/prescreen.ts decides). The slot must be one offered at this moment; the
 * database refuses a second booking of the same time (the loser hears "just taken"). The person
 * becomes a prospect client, or the booking attaches to the practice's client with that email;
 * the answer is the same either way, so it never tells whether someone is a client.
 */
export async function requestBooking(slug: string, input: BookingInput): Promise<BookingResult> {
  const database = await db();
  const practice = await practiceBySlug(database, slug);
  const ip = await requestIp();
  if ((await exhausted(PER_IP, ip)) || (await exhausted(PER_EMAIL, input.email))) {
    return { ok: false, code: "booking.rate-limited" };
  }
  await Promise.all([spend(PER_IP, ip), spend(PER_EMAIL, input.email)]);
  const actor = { userId: null, role: "public", practiceId: practice.id };
  // The simplest bots fill in every field, the hidden one too.
  if (input.website) {
    await audit(database, actor, { action: "booking.create", objectType: "appointment", outcome: "denied" });
    return { ok: false, code: "booking.refused" };
  }

  const screen = prescreenOutcome(
    Object.fromEntries(PRESCREEN_QUESTIONS.map((q) => [q.id, input[q.id]])) as PrescreenAnswers,
  );
  if (!screen.book) {
    await database.transaction(async (tx) => {
      const [request] = await tx
        .insert(callbackRequests)
        .values({
          practiceId: practice.id,
          name: `${input.givenName} ${input.familyName}`,
          email: input.email,
          phone: input.phone,
          answers: screen.yes,
          message: input.reason,
        })
        .returning({ id: callbackRequests.id });
      await audit(tx, actor, {
        action: "callback.create",
        objectType: "callback_request",
        objectId: request!.id,
        outcome: "allowed",
        detail: { yes: screen.yes },
      });
    });
    return { ok: true, outcome: "callback" };
  }

  const now = new Date();
  const [therapists, types] = await Promise.all([
    bookableTherapists(database, practice.id),
    onlineTypes(database, practice.id),
  ]);
  const type = types.find((t) => t.id === input.typeId);
  const start = new Date(input.start);
  if (!type || (input.therapistId !== "anyone" && !therapists.some((t) => t.id === input.therapistId))) {
    return { ok: false, code: "booking.unavailable" };
  }
  const { candidates, taken } = await freeCandidates(
    database,
    practice,
    type,
    input.therapistId,
    therapists,
    start,
    now,
  );
  if (candidates.length === 0) return { ok: false, code: taken ? "booking.taken" : "booking.unavailable" };

  const booked = await database
    .transaction(async (tx) => {
      // One email, one client: two bookings with the same new email at once must not make two.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${practice.id}:${input.email}`}))`);
      const clientId = await findOrCreateProspect(tx, practice.id, input);
      const appointment = await insertAppointment(
        tx,
        {
          practiceId: practice.id,
          clientId,
          type,
          startsAt: start,
          source: "online",
          reason: input.reason,
          createdBy: null,
        },
        candidates,
        { actor, action: "booking.create", detail: { source: "online", clientId } },
      );
      // Taken since the check: undo the whole booking, a new prospect client included.
      if (!appointment) throw new SlotTaken();
      return appointment;
    })
    .catch((error: unknown) => {
      if (error instanceof SlotTaken) return null;
      throw error;
    });
  if (!booked) return { ok: false, code: "booking.taken" };
  await deliverPendingEmail();
  return { ok: true, outcome: "booked", manageToken: manageLinkOf(booked) };
}

class SlotTaken extends Error {}

/** The practice's client with this email (the oldest, if several), or a new prospect. */
async function findOrCreateProspect(
  tx: Pick<Db, "select" | "insert">,
  practiceId: string,
  input: Pick<BookingInput, "givenName" | "familyName" | "email" | "phone">,
): Promise<string> {
  const [existing] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), sql`lower(${clients.email}) = ${input.email}`))
    .orderBy(asc(clients.createdAt))
    .limit(1);
  if (existing) return existing.id;
  const [created] = await tx
    .insert(clients)
    .values({
      practiceId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email,
      phone: input.phone,
      status: "prospect",
    })
    .returning({ id: clients.id });
  return created!.id;
}
