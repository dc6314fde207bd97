import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/**
 * The answers an entry holds, by measure (lib/domain/outcomes/measures.ts):
 * - nprs: { rating }
 * - psfs: { items: [{ activity, score }] } (the activities named at intake, rated again)
 * - lefs: { items: { "1": 0-4 | null, … } } keyed by item number; null is a question skipped,
 *   a missing key one not reached yet, so a client resumes at the first missing one.
 */
export type OutcomeAnswers =
  { rating: number } | { items: { activity: string; score: number }[] } | { items: Record<string, number | null> };

/**
 * One outcome measure collected from a client (issue 15): filled in the portal (saved answer by
 * answer, `completed_at` null until the client finishes) or recorded by a clinician. The intake's
 * own pain score and PSFS stay on the intake row and are the first entries of each series.
 */
export const outcomeEntries = pgTable(
  "outcome_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    measure: text("measure").notNull(),
    /** OUTCOME_MEASURES_VERSION it was asked with. */
    measureVersion: integer("measure_version").notNull(),
    occasion: text("occasion").notNull(),
    answers: jsonb("answers").$type<OutcomeAnswers>().notNull(),
    /** The measure's score once completed (a PSFS mean has one decimal). */
    score: doublePrecision("score"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("outcome_entries_client_idx").on(t.practiceId, t.clientId, t.completedAt),
    // One questionnaire in progress per client and measure: a reload resumes it, a second tab too.
    uniqueIndex("outcome_entries_one_open")
      .on(t.clientId, t.measure)
      .where(sql`${t.completedAt} is null`),
    check("outcome_entries_measure", sql`${t.measure} in ('nprs', 'psfs', 'lefs')`),
    check("outcome_entries_occasion", sql`${t.occasion} in ('intake', 'follow-up', 'discharge')`),
    check("outcome_entries_scored", sql`(${t.completedAt} is null) = (${t.score} is null)`),
  ],
);
