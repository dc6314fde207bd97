import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/**
 * Booking: what a practice offers (appointment types), when each therapist works (weekly hours
 * and time off, wall-clock times in the practice's zone), the appointments themselves, and the
 * callback requests of people whose pre-screen said "see a doctor first". Two appointments of
 * one therapist never overlap: an exclusion constraint (migration 0008) refuses the second,
 * whatever the application does.
 */
export const appointmentTypes = pgTable(
  "appointment_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    name: text("name").notNull(),
    description: text("description"),
    lengthMinutes: integer("length_minutes").notNull(),
    bufferMinutes: integer("buffer_minutes").notNull().default(0),
    /** Shown as written ("£55", "Covered by most insurers"). */
    priceText: text("price_text"),
    /** Whether a new client may book it on the public page (follow-ups usually not). */
    bookableOnline: boolean("bookable_online").notNull().default(false),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("appointment_types_practice_idx").on(t.practiceId)],
);

/** One range of a therapist's working week: weekday 1 (Monday) to 7, "HH:MM" to "HH:MM". */
export const workingHours = pgTable(
  "working_hours",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => users.id),
    weekday: smallint("weekday").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
  },
  (t) => [index("working_hours_therapist_idx").on(t.practiceId, t.therapistId)],
);

export const timeOffKind = pgEnum("time_off_kind", ["all-day", "partial"]);

/** Days a therapist is away: all day from one day to another, or part of one day. */
export const timeOff = pgTable(
  "time_off",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => users.id),
    kind: timeOffKind("kind").notNull(),
    fromDay: date("from_day", { mode: "string" }).notNull(),
    toDay: date("to_day", { mode: "string" }).notNull(),
    startTime: text("start_time"),
    endTime: text("end_time"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("time_off_therapist_idx").on(t.practiceId, t.therapistId, t.toDay)],
);

export const appointmentStatus = pgEnum("appointment_status", ["booked", "cancelled", "attended", "no-show"]);
export const appointmentSource = pgEnum("appointment_source", ["online", "portal", "staff"]);

export const appointments = pgTable(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => users.id),
    clientId: clientIdColumn(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => appointmentTypes.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** End plus the type's buffer: the time no other appointment of the therapist may touch. */
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull(),
    status: appointmentStatus("status").notNull().default("booked"),
    source: appointmentSource("source").notNull(),
    reason: text("reason"),
    /** Bumped by every reschedule and the cancellation: calendar files and manage links follow it. */
    sequence: integer("sequence").notNull().default(0),
    reminderDueAt: timestamp("reminder_due_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("appointments_calendar_idx").on(t.practiceId, t.startsAt),
    index("appointments_client_idx").on(t.practiceId, t.clientId, t.startsAt),
    index("appointments_reminder_due_idx")
      .on(t.reminderDueAt)
      .where(sql`${t.reminderSentAt} is null and ${t.status} = 'booked'`),
  ],
);

/**
 * Someone who answered yes to a stop-level question on the booking page: not booked; the
 * practice calls them back. `answers` holds which questions were answered yes.
 */
export const callbackRequests = pgTable(
  "callback_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    answers: jsonb("answers").$type<string[]>().notNull(),
    message: text("message"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolution: text("resolution"),
  },
  (t) => [index("callback_requests_open_idx").on(t.practiceId, t.resolvedAt)],
);
