import { date, index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { CLIENT_STATUSES } from "../../lib/domain/client-status";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/** Prospect: booked online, not yet seen; active: under care; discharged: care ended. */
export const clientStatus = pgEnum("client_status", CLIENT_STATUSES);

/** A person under care. `userId` links the optional portal login. */
export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    primaryTherapistId: uuid("primary_therapist_id").references(() => users.id),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    email: text("email"),
    phone: text("phone"),
    status: clientStatus("status").notNull().default("active"),
    /**
     * Kept by triggers (migration 0011) for the client table, which sorts and filters on them at
     * any practice size: the practice's calendar day of the latest intake or session note, and the
     * start of the next booked appointment (the job runner clears starts that have passed).
     */
    lastVisitOn: date("last_visit_on", { mode: "string" }),
    nextAppointmentAt: timestamp("next_appointment_at", { withTimezone: true }),
    /**
     * Sessions done over sessions due in the last 30 (and 7) days of the active plan, in percent,
     * and the practice day they were computed on: the job runner recomputes them daily and after
     * check-offs (the client table sorts by one, the dashboard lists who fell below half on the other).
     */
    adherence30d: smallint("adherence_30d"),
    adherence7d: smallint("adherence_7d"),
    adherenceOn: date("adherence_on", { mode: "string" }),
    userId: uuid("user_id").references(() => users.id),
    /** Consent to treatment: the name the client typed, and when. */
    consentName: text("consent_name"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    consentRecordedBy: uuid("consent_recorded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("clients_practice_idx").on(t.practiceId, t.familyName),
    // The client table's adherence sort and filter (its other indexes: migration 0011).
    index("clients_adherence_idx").on(t.practiceId, t.adherence30d, t.id),
    // The dashboard's lists: low adherence this week, and consent not yet on file.
    index("clients_adherence_week_idx")
      .on(t.practiceId, t.adherence7d)
      .where(sql`${t.adherence7d} < 50`),
    index("clients_no_consent_idx")
      .on(t.practiceId, t.createdAt)
      .where(sql`${t.consentAt} is null and ${t.status} <> 'discharged'`),
    // Online booking finds a practice's client by email (stored as typed; compared lower-cased).
    index("clients_practice_email_idx").on(t.practiceId, sql`lower(${t.email})`),
    // One login may be a client of several practices (issue 12), with one record in each.
    uniqueIndex("clients_user_practice_unique").on(t.userId, t.practiceId),
  ],
);

export type Client = typeof clients.$inferSelect;

/** The client a row of the clinical record belongs to. */
export const clientIdColumn = () =>
  uuid("client_id")
    .notNull()
    .references(() => clients.id);
