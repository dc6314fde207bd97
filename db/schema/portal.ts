import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { STOP_SYMPTOMS } from "../../lib/domain/symptoms";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";
import { plans } from "./plans";
import { users } from "./users";

/**
 * A single-use, expiring link that lets a client set their portal password. Only a client's
 * latest invitation works: a new one, or a change of the client's email, revokes the others.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    email: text("email").notNull(),
    /** SHA-256 of the token: the token itself exists only in the email. */
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash").on(t.tokenHash),
    index("invitations_client_idx").on(t.practiceId, t.clientId),
  ],
);

export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "held"]);

/**
 * Every email the app sends. With SMTP settings a pending row is claimed (FOR UPDATE SKIP
 * LOCKED) and sent; without them it is held here, where staff can read it in the app.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** A calendar file sent with the email (iCalendar text) and its method (REQUEST, CANCEL). */
    calendar: text("calendar"),
    calendarMethod: text("calendar_method"),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("outbox_practice_idx").on(t.practiceId, t.createdAt)],
);

/**
 * A check-off of one daily session of a plan item. The session number makes a double tap
 * idempotent: the same (item, day, session) is stored once.
 */
export const checkoffs = pgTable(
  "checkoffs",
  {
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    itemId: text("item_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    session: integer("session").notNull(),
    doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("checkoffs_unique").on(t.clientId, t.planId, t.itemId, t.day, t.session)],
);

export const symptomKind = pgEnum("symptom_kind", STOP_SYMPTOMS);

/** A stop symptom the client reported: pauses hands-on items until a therapist resolves it. */
export const symptomReports = pgTable(
  "symptom_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    kind: symptomKind("kind").notNull(),
    note: text("note"),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
    /** Repeats of the same symptom within the hour add to the open report (lib/domain/symptoms.ts). */
    repeats: integer("repeats").notNull().default(1),
    lastReportedAt: timestamp("last_reported_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolution: text("resolution"),
  },
  (t) => [
    index("symptom_reports_open_idx").on(t.practiceId, t.resolvedAt),
    // One client's reports, newest first (the client record, the portal).
    index("symptom_reports_client_idx").on(t.practiceId, t.clientId, t.reportedAt),
    // The client table's newest open reports: read backwards in order and stopped after a few,
    // instead of joining every open report of the practice to its client and sorting them
    // (12 ms to 0.8 ms at 100,000 clients). Ascending, so the backward scan is `desc nulls first`.
    index("symptom_reports_open_newest_idx")
      .on(t.practiceId, t.reportedAt)
      .where(sql`${t.resolvedAt} is null`),
  ],
);
