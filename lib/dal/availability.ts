// Availability and booking settings: a therapist's working week and time off (theirs to edit,
// or an admin's), and the practice's appointment types and booking rules (the admin's).
import "server-only";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import { appointmentTypes, practices, timeOff, workingHours } from "@/db/schema";
import { addDays, dayIn } from "@/lib/domain/days";
import type {
  AppointmentTypeInput,
  BookingRulesInput,
  TimeOffInput,
  WorkingHoursInput,
} from "@/lib/validation/availability";
import { WEEKDAY_KEYS } from "@/lib/validation/availability";
import { calendarStaff } from "./calendar";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny, isId } from "./internal/guard";
import { scopeTherapist } from "./internal/scope";
import { getViewer } from "./internal/viewer";
import { may, mayAtAll } from "./policy";

export interface AvailabilitySettings {
  timeZone: string;
  /** The therapists whose week the viewer may edit (their own; an admin's: everyone's). */
  therapists: { id: string; name: string }[];
  therapistId: string | null;
  /** Ranges by ISO weekday (1 = Monday). */
  hours: { weekday: number; start: string; end: string }[];
  /** Time off from yesterday on. */
  timeOff: {
    id: string;
    kind: "all-day" | "partial";
    fromDay: string;
    toDay: string;
    startTime: string | null;
    endTime: string | null;
    note: string | null;
  }[];
  /** The practice's booking settings, for an admin; null for others. */
  practice: null | {
    slug: string;
    minNoticeMinutes: number;
    horizonDays: number;
    cancelWindowHours: number;
    types: (AppointmentTypeInput & { id: string })[];
  };
}

/** The availability page: one therapist's week and time off, and (for an admin) the booking settings. */
export async function getAvailabilitySettings(query: { therapist?: string }): Promise<AvailabilitySettings> {
  const viewer = await getViewer();
  if (!viewer || !mayAtAll(viewer.role, "availability.edit")) {
    // Not someone who keeps a calendar (the front desk, a client): not found, audited.
    return deny(viewer, { action: "availability.edit", objectType: "user" });
  }
  const staff = await calendarStaff(viewer.practiceId);
  const editable = staff.filter((t) =>
    may(viewer.role, "availability.edit", t.id === viewer.userId ? "own" : "practice"),
  );
  const chosen =
    editable.find((t) => t.id === query.therapist) ?? editable.find((t) => t.id === viewer.userId) ?? editable[0];
  const database = await db();
  const isAdmin = may(viewer.role, "booking.settings", "own");
  const yesterday = addDays(dayIn(viewer.timeZone, new Date()), -1);
  const [hours, away, [practice], types] = await Promise.all([
    chosen
      ? database
          .select()
          .from(workingHours)
          .where(and(eq(workingHours.practiceId, viewer.practiceId), eq(workingHours.therapistId, chosen.id)))
          .orderBy(asc(workingHours.weekday), asc(workingHours.startTime))
      : [],
    chosen
      ? database
          .select()
          .from(timeOff)
          .where(
            and(
              eq(timeOff.practiceId, viewer.practiceId),
              eq(timeOff.therapistId, chosen.id),
              gte(timeOff.toDay, yesterday),
            ),
          )
          .orderBy(asc(timeOff.fromDay))
      : [],
    database.select().from(practices).where(eq(practices.id, viewer.practiceId)),
    isAdmin
      ? database
          .select()
          .from(appointmentTypes)
          .where(eq(appointmentTypes.practiceId, viewer.practiceId))
          .orderBy(asc(appointmentTypes.sortOrder), asc(appointmentTypes.name))
      : [],
  ]);
  await audit(database, viewer, {
    action: "availability.read",
    objectType: "user",
    objectId: chosen?.id ?? null,
    outcome: "allowed",
  });
  return {
    timeZone: viewer.timeZone,
    therapists: editable,
    therapistId: chosen?.id ?? null,
    hours: hours.map((h) => ({ weekday: h.weekday, start: h.startTime, end: h.endTime })),
    timeOff: away.map(({ id, kind, fromDay, toDay, startTime, endTime, note }) => ({
      id,
      kind,
      fromDay,
      toDay,
      startTime,
      endTime,
      note,
    })),
    practice: isAdmin
      ? {
          slug: practice!.slug,
          minNoticeMinutes: practice!.minNoticeMinutes,
          horizonDays: practice!.horizonDays,
          cancelWindowHours: practice!.cancelWindowHours,
          types: types.map((t) => ({
            id: t.id,
            name: t.name,
            description: t.description,
            lengthMinutes: t.lengthMinutes,
            bufferMinutes: t.bufferMinutes,
            priceText: t.priceText,
            bookableOnline: t.bookableOnline,
            active: t.active,
          })),
        }
      : null,
  };
}

/** Replaces a therapist's working week. */
export async function saveWorkingHours(therapistId: string, input: WorkingHoursInput): Promise<void> {
  const { viewer, therapist, database } = await scopeTherapist("availability.edit", therapistId);
  const ranges = WEEKDAY_KEYS.flatMap((key, i) =>
    (input.hours[key] ?? [])
      .filter((r) => r.start !== "")
      .map((r) => ({ weekday: i + 1, startTime: r.start, endTime: r.end })),
  );
  await database.transaction(async (tx) => {
    await tx
      .delete(workingHours)
      .where(and(eq(workingHours.practiceId, viewer.practiceId), eq(workingHours.therapistId, therapist.id)));
    if (ranges.length > 0) {
      await tx
        .insert(workingHours)
        .values(ranges.map((r) => ({ ...r, practiceId: viewer.practiceId, therapistId: therapist.id })));
    }
    await audit(tx, viewer, {
      action: "availability.hours",
      objectType: "user",
      objectId: therapist.id,
      outcome: "allowed",
      detail: { ranges: ranges.length },
    });
  });
}

/** Adds time off for a therapist. Appointments already booked then stay: staff move them. */
export async function addTimeOff(therapistId: string, input: TimeOffInput): Promise<void> {
  const { viewer, therapist, database } = await scopeTherapist("availability.edit", therapistId);
  await database.transaction(async (tx) => {
    const [row] = await tx
      .insert(timeOff)
      .values({ ...input, practiceId: viewer.practiceId, therapistId: therapist.id })
      .returning({ id: timeOff.id });
    await audit(tx, viewer, {
      action: "availability.time-off",
      objectType: "time_off",
      objectId: row!.id,
      outcome: "allowed",
      detail: { therapistId: therapist.id, kind: input.kind, fromDay: input.fromDay, toDay: input.toDay },
    });
  });
}

/** Removes one entry of time off. */
export async function removeTimeOff(timeOffId: string): Promise<void> {
  const viewer = await getViewer();
  const denial = { action: "availability.edit", objectType: "time_off", objectId: auditId(timeOffId) };
  if (!viewer || !isId(timeOffId)) return deny(viewer, denial);
  const database = await db();
  const [row] = await database
    .select({ therapistId: timeOff.therapistId })
    .from(timeOff)
    .where(and(eq(timeOff.id, timeOffId), eq(timeOff.practiceId, viewer.practiceId)));
  if (!row) return deny(viewer, denial);
  const { database: scoped } = await scopeTherapist("availability.edit", row.therapistId);
  await scoped.transaction(async (tx) => {
    await tx.delete(timeOff).where(and(eq(timeOff.id, timeOffId), eq(timeOff.practiceId, viewer.practiceId)));
    await audit(tx, viewer, {
      action: "availability.time-off-removed",
      objectType: "time_off",
      objectId: timeOffId,
      outcome: "allowed",
    });
  });
}

/** Creates (id null) or edits an appointment type of the practice. */
export async function saveAppointmentType(id: string | null, input: AppointmentTypeInput): Promise<{ id: string }> {
  const viewer = await authorize("booking.settings", "appointment_type");
  const database = await db();
  if (id !== null) {
    const [own] = await database
      .select({ id: appointmentTypes.id })
      .from(appointmentTypes)
      .where(and(eq(appointmentTypes.id, id), eq(appointmentTypes.practiceId, viewer.practiceId)));
    if (!own)
      return deny(viewer, { action: "booking.settings", objectType: "appointment_type", objectId: auditId(id) });
  }
  return database.transaction(async (tx) => {
    const [row] =
      id === null
        ? await tx
            .insert(appointmentTypes)
            .values({
              ...input,
              practiceId: viewer.practiceId,
              // A new type goes after the practice's others, wherever types are listed.
              sortOrder: sql`(select coalesce(max(${appointmentTypes.sortOrder}), 0) + 1 from ${appointmentTypes} where ${appointmentTypes.practiceId} = ${viewer.practiceId})`,
            })
            .returning({ id: appointmentTypes.id })
        : await tx
            .update(appointmentTypes)
            .set(input)
            .where(and(eq(appointmentTypes.id, id), eq(appointmentTypes.practiceId, viewer.practiceId)))
            .returning({ id: appointmentTypes.id });
    await audit(tx, viewer, {
      action: id === null ? "booking.type-create" : "booking.type-update",
      objectType: "appointment_type",
      objectId: row!.id,
      outcome: "allowed",
    });
    return { id: row!.id };
  });
}

/** The practice's online booking rules: notice, how far ahead, cancellation window. */
export async function saveBookingRules(input: BookingRulesInput): Promise<void> {
  const viewer = await authorize("booking.settings", "practice");
  const database = await db();
  await database.transaction(async (tx) => {
    await tx
      .update(practices)
      .set({
        minNoticeMinutes: input.minNoticeHours * 60,
        horizonDays: input.horizonWeeks * 7,
        cancelWindowHours: input.cancelWindowHours,
      })
      .where(eq(practices.id, viewer.practiceId));
    await audit(tx, viewer, {
      action: "booking.rules",
      objectType: "practice",
      objectId: viewer.practiceId,
      outcome: "allowed",
      detail: { ...input },
    });
  });
}
