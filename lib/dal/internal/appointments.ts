// Appointments: booking one (whoever books it), moving it, cancelling it, and the emails each
// sends with its calendar file. Callers have already decided the viewer may do it.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { appointments, appointmentTypes, clients, practices, users } from "@/db/schema";
import type { Db } from "@/db/client";
import {
  cancellationEmail,
  confirmationEmail,
  reminderEmail,
  rescheduleEmail,
  type BookingFacts,
} from "@/lib/booking/emails";
import { cancellationIcs, CANCELLATION_METHOD, CONFIRMATION_METHOD, confirmationIcs } from "@/lib/booking/ics";
import { manageToken, readManageToken } from "@/lib/booking/manage-link";
import { blockedUntil, reminderDueAt } from "@/lib/domain/booking-policy";
import { audit, type AuditActor } from "./audit";
import { queueEmail } from "./email";
import { requestOrigin } from "./request";

type Tx = Pick<Db, "select" | "insert" | "update">;
export type AppointmentRow = typeof appointments.$inferSelect;

/** The secret manage links are signed with: the server's auth secret, shared by every app server. */
export function linkSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: booking links cannot be signed.");
  return secret;
}

/** A manage link stays usable until the appointment starts. */
export const manageLinkOf = (row: Pick<AppointmentRow, "id" | "sequence" | "startsAt">) =>
  manageToken({ appointmentId: row.id, sequence: row.sequence, expiresAt: row.startsAt }, linkSecret());

/**
 * Whether a database error on inserting an appointment is the no-overlap constraint refusing a
 * second booking of the time. Two bookings of one time inserted at the same moment each enter
 * their index entry and then wait for the other to finish (PostgreSQL checks an exclusion
 * constraint after the insert), which PostgreSQL breaks by failing one with "deadlock detected"
 * (40P01) rather than the constraint's own 23P01. For the insert's savepoint both mean the same:
 * the other booking has the time. Seen once in 20 rounds of 50 parallel bookings.
 */
export function isOverlap(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23P01" || e.code === "40P01") return true;
  }
  return false;
}

/**
 * Who made a change to an appointment and the audit action it is recorded under: every change
 * (a booking, a move, a cancellation) emails the client and writes its audit row in the same
 * transaction, whoever made it (a visitor, a client, staff, the link in an email).
 */
export interface ChangeRecord {
  actor: AuditActor;
  action: string;
  detail?: Record<string, unknown>;
}

export interface NewAppointment {
  practiceId: string;
  clientId: string;
  type: Pick<typeof appointmentTypes.$inferSelect, "id" | "lengthMinutes" | "bufferMinutes">;
  startsAt: Date;
  source: "online" | "portal" | "staff";
  reason: string | null;
  createdBy: string | null;
}

/**
 * Books the first of the candidate therapists still free then. The database decides: an
 * overlapping insert fails on the exclusion constraint, inside a savepoint, and the next
 * candidate is tried; null when none is free any more.
 */
export async function insertAppointment(
  tx: Tx & Pick<Db, "transaction">,
  input: NewAppointment,
  therapistIds: readonly string[],
  record: ChangeRecord,
): Promise<AppointmentRow | null> {
  const endsAt = new Date(input.startsAt.getTime() + input.type.lengthMinutes * 60_000);
  const row = await firstFree(therapistIds, (therapistId) =>
    tx.transaction(async (attempt) => {
      const [row] = await attempt
        .insert(appointments)
        .values({
          practiceId: input.practiceId,
          therapistId,
          clientId: input.clientId,
          typeId: input.type.id,
          startsAt: input.startsAt,
          endsAt,
          blockedUntil: blockedUntil(endsAt, input.type.bufferMinutes),
          source: input.source,
          reason: input.reason,
          reminderDueAt: reminderDueAt(input.startsAt, new Date()),
          createdBy: input.createdBy,
        })
        .returning();
      return row!;
    }),
  );
  if (row) await recorded(tx, row.id, "confirmation", record);
  return row;
}

/** The first attempt (one per candidate therapist) the no-overlap constraint lets through. */
async function firstFree<T>(therapistIds: readonly string[], attempt: (therapistId: string) => Promise<T>) {
  for (const therapistId of therapistIds) {
    try {
      return await attempt(therapistId);
    } catch (error) {
      if (!isOverlap(error)) throw error;
    }
  }
  return null;
}

/** The email and the audit row of a change, in the change's transaction. */
async function recorded(tx: Tx, appointmentId: string, kind: AppointmentEmail, record: ChangeRecord) {
  await queueAppointmentEmail(tx, appointmentId, kind);
  await audit(tx, record.actor, {
    action: record.action,
    objectType: "appointment",
    objectId: appointmentId,
    outcome: "allowed",
    detail: record.detail,
  });
}

/** Everything an email about an appointment says, in one statement. */
async function factsOf(tx: Pick<Db, "select">, appointmentId: string) {
  const [row] = await tx
    .select({
      appointment: appointments,
      givenName: clients.givenName,
      familyName: clients.familyName,
      email: clients.email,
      typeName: appointmentTypes.name,
      therapistName: users.displayName,
      practice: practices,
    })
    .from(appointments)
    .innerJoin(clients, eq(clients.id, appointments.clientId))
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .innerJoin(practices, eq(practices.id, appointments.practiceId))
    .where(eq(appointments.id, appointmentId));
  return row!;
}

export type AppointmentEmail = "confirmation" | "reschedule" | "cancellation" | "reminder";

/**
 * Queues the email of a change to an appointment, with its calendar file: confirmations,
 * moves and reminders carry a REQUEST (same UID, the appointment's sequence), cancellations a
 * CANCEL. No email address on the client's record, no email.
 */
export async function queueAppointmentEmail(tx: Tx, appointmentId: string, kind: AppointmentEmail): Promise<void> {
  const f = await factsOf(tx, appointmentId);
  if (!f.email) return;
  const origin = await requestOrigin();
  const { appointment, practice } = f;
  const facts: BookingFacts = {
    givenName: f.givenName,
    practiceName: practice.name,
    practicePhone: practice.phone,
    practiceAddress: practice.address,
    typeName: f.typeName,
    therapistName: f.therapistName,
    startsAt: appointment.startsAt,
    timeZone: practice.timeZone,
    cancelWindowHours: practice.cancelWindowHours,
    manageUrl: `${origin}/book/manage/${manageLinkOf(appointment)}`,
  };
  const ics = {
    uid: `${appointment.id}@${new URL(origin).host}`,
    sequence: appointment.sequence,
    start: appointment.startsAt,
    end: appointment.endsAt,
    timeZone: practice.timeZone,
    summary: `${f.typeName} at ${practice.name}`,
    description: `With ${f.therapistName}. To reschedule or cancel: ${facts.manageUrl}`,
    location: practice.address ?? "",
    url: facts.manageUrl,
    organizer: { name: practice.name, email: organizerAddress(origin) },
    attendee: { name: `${f.givenName} ${f.familyName}`, email: f.email },
    stamp: new Date(),
  };
  const message =
    kind === "confirmation"
      ? confirmationEmail(facts)
      : kind === "reschedule"
        ? rescheduleEmail(facts)
        : kind === "reminder"
          ? reminderEmail(facts)
          : cancellationEmail(facts);
  const calendar =
    kind === "cancellation"
      ? { content: cancellationIcs(ics), method: CANCELLATION_METHOD }
      : { content: confirmationIcs(ics), method: CONFIRMATION_METHOD };
  await queueEmail(tx, appointment.practiceId, { to: f.email, ...message, calendar });
}

/** The address calendar invitations come from: MAIL_FROM's, else bookings@ the app's host. */
function organizerAddress(origin: string): string {
  const from = process.env.MAIL_FROM ?? "";
  const address = /<([^>]+)>/.exec(from)?.[1] ?? (from.includes("@") ? from.trim() : null);
  return address ?? `bookings@${new URL(origin).hostname}`;
}

/**
 * Moves an appointment to another start (and therapist): the same no-overlap rule as a new
 * booking. Its sequence goes up, so earlier manage links and calendar files are superseded.
 */
export async function moveAppointment(
  tx: Tx & Pick<Db, "transaction">,
  row: AppointmentRow,
  type: { lengthMinutes: number; bufferMinutes: number },
  startsAt: Date,
  therapistIds: readonly string[],
  record: ChangeRecord,
): Promise<AppointmentRow | null> {
  const endsAt = new Date(startsAt.getTime() + type.lengthMinutes * 60_000);
  const moved = await firstFree(therapistIds, (therapistId) =>
    tx.transaction(async (attempt) => {
      const [moved] = await attempt
        .update(appointments)
        .set({
          therapistId,
          startsAt,
          endsAt,
          blockedUntil: blockedUntil(endsAt, type.bufferMinutes),
          sequence: sql`${appointments.sequence} + 1`,
          reminderDueAt: reminderDueAt(startsAt, new Date()),
          reminderSentAt: null,
          updatedAt: new Date(),
        })
        .where(and(eq(appointments.id, row.id), eq(appointments.status, "booked")))
        .returning();
      return moved ?? null;
    }),
  );
  if (moved) {
    await recorded(tx, moved.id, "reschedule", {
      ...record,
      detail: { from: row.startsAt.toISOString(), to: moved.startsAt.toISOString(), ...record.detail },
    });
  }
  return moved;
}

/** Cancels a booked appointment: its time is free again at once. False if it was not booked. */
export async function cancelAppointment(tx: Tx, appointmentId: string, record: ChangeRecord): Promise<boolean> {
  const cancelled = await tx
    .update(appointments)
    .set({
      status: "cancelled",
      cancelledAt: new Date(),
      sequence: sql`${appointments.sequence} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(appointments.id, appointmentId), eq(appointments.status, "booked")))
    .returning({ id: appointments.id });
  if (cancelled.length === 0) return false;
  await recorded(tx, appointmentId, "cancellation", record);
  return true;
}

type Loaded = {
  appointment: AppointmentRow;
  practice: typeof practices.$inferSelect;
  type: typeof appointmentTypes.$inferSelect;
  therapistName: string;
};

/** The booking a link names, if the link is genuine, unexpired and of the booking's current revision. */
export async function loadByToken(database: Pick<Db, "select">, token: string): Promise<Loaded | null> {
  const claims = readManageToken(String(token), linkSecret(), new Date());
  if (!claims) return null;
  const [row] = await database
    .select({
      appointment: appointments,
      practice: practices,
      type: appointmentTypes,
      therapistName: users.displayName,
    })
    .from(appointments)
    .innerJoin(practices, eq(practices.id, appointments.practiceId))
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .where(eq(appointments.id, claims.appointmentId));
  if (!row || row.appointment.sequence !== claims.sequence) return null;
  return row;
}
