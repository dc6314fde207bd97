import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { intakes } from "./intakes";
import { practiceIdColumn } from "./practices";
import { muscles } from "./reference";
import { sessionNotes } from "./session-notes";
import { users } from "./users";

export const bodySide = pgEnum("body_side", ["left", "right"]);
export const triggerPointType = pgEnum("trigger_point_type", ["active", "latent"]);

/** A trigger-point finding on one muscle and side, measured at the intake or at a session. */
export const findings = pgTable(
  "findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    intakeId: uuid("intake_id").references(() => intakes.id),
    sessionNoteId: uuid("session_note_id").references(() => sessionNotes.id),
    muscleId: text("muscle_id")
      .notNull()
      .references(() => muscles.id),
    side: bodySide("side").notNull(),
    tenderness: integer("tenderness").notNull(),
    pointType: triggerPointType("point_type").notNull(),
    reproducesPain: boolean("reproduces_pain").notNull(),
    notes: text("notes"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("findings_one_visit", sql`(${t.intakeId} is null) <> (${t.sessionNoteId} is null)`),
    check("findings_tenderness_range", sql`${t.tenderness} between 0 and 10`),
    uniqueIndex("findings_intake_muscle_side").on(t.intakeId, t.muscleId, t.side),
    uniqueIndex("findings_note_muscle_side").on(t.sessionNoteId, t.muscleId, t.side),
    // A client record reads all of one client's findings: without it, every finding of the practice.
    index("findings_client_idx").on(t.practiceId, t.clientId),
  ],
);
