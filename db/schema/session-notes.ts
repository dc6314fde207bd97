import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { intakes } from "./intakes";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

export const noteStatus = pgEnum("note_status", ["draft", "signed"]);

/** A SOAP note of one visit. Signed notes are locked; changes are amendments. */
export const sessionNotes = pgTable(
  "session_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    intakeId: uuid("intake_id")
      .notNull()
      .references(() => intakes.id),
    therapistId: uuid("therapist_id")
      .notNull()
      .references(() => users.id),
    visitDate: date("visit_date", { mode: "string" }).notNull(),
    subjective: text("subjective").notNull().default(""),
    painNow: integer("pain_now"),
    assessment: text("assessment").notNull().default(""),
    plan: text("plan").notNull().default(""),
    status: noteStatus("status").notNull().default("draft"),
    /** Optimistic concurrency: every save must name the version it edited. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    signedBy: uuid("signed_by").references(() => users.id),
  },
  (t) => [index("session_notes_client_idx").on(t.practiceId, t.clientId, t.visitDate)],
);

export const noteAmendments = pgTable(
  "note_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    noteId: uuid("note_id")
      .notNull()
      .references(() => sessionNotes.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    body: text("body").notNull(),
  },
  // A record's amendments are read through its notes, by note.
  (t) => [index("note_amendments_note_idx").on(t.noteId)],
);
