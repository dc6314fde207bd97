import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { intakes } from "./intakes";
import { practiceIdColumn } from "./practices";
import { contraindications } from "./reference";
import { sessionNotes } from "./session-notes";
import { users } from "./users";

export const screenAnswer = pgEnum("screen_answer", ["yes", "no", "unknown"]);
export const flagStatus = pgEnum("flag_status", ["open", "resolved", "cleared"]);

/**
 * A contraindication screen: asked at every intake and re-asked at every session, or answered by
 * the client on the pre-visit form. `recorded_by` is null only for a form sent through a booking's
 * emailed link, by a person with no login (db/schema/pre-visit.ts); flags it opens have no opener either.
 */
export const screenings = pgTable(
  "screenings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    intakeId: uuid("intake_id").references(() => intakes.id),
    sessionNoteId: uuid("session_note_id").references(() => sessionNotes.id),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("screenings_client_idx").on(t.practiceId, t.clientId, t.recordedAt)],
);

export const screeningAnswers = pgTable(
  "screening_answers",
  {
    practiceId: practiceIdColumn(),
    screeningId: uuid("screening_id")
      .notNull()
      .references(() => screenings.id),
    contraindicationId: text("contraindication_id")
      .notNull()
      .references(() => contraindications.id),
    answer: screenAnswer("answer").notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.contraindicationId] })],
);

/**
 * A red flag or caution opened by a screen answer. Stop-level flags close only with a recorded
 * clearance; local holds and cautions are also resolved by a later screen's "no".
 */
export const flags = pgTable(
  "flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    contraindicationId: text("contraindication_id")
      .notNull()
      .references(() => contraindications.id),
    status: flagStatus("status").notNull().default("open"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    openedBy: uuid("opened_by").references(() => users.id),
    openedByScreening: uuid("opened_by_screening")
      .notNull()
      .references(() => screenings.id),
    note: text("note"),
    referredTo: text("referred_to"),
    referredOn: date("referred_on", { mode: "string" }),
    referralNote: text("referral_note"),
    referralRecordedBy: uuid("referral_recorded_by").references(() => users.id),
    referralRecordedAt: timestamp("referral_recorded_at", { withTimezone: true }),
    clearedBy: text("cleared_by"),
    clearedOn: date("cleared_on", { mode: "string" }),
    clearanceNote: text("clearance_note"),
    clearanceRecordedBy: uuid("clearance_recorded_by").references(() => users.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    resolvedByScreening: uuid("resolved_by_screening").references(() => screenings.id),
  },
  (t) => [index("flags_client_idx").on(t.practiceId, t.clientId, t.status)],
);
