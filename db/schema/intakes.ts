import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";
import { activities } from "./reference";
import { users } from "./users";

export interface PainSite {
  site: string;
  side: "left" | "right" | "both";
}

export interface PsfsItem {
  activity: string;
  score: number;
}

/** One episode of care: the complaint as the client first told it. */
export const intakes = pgTable(
  "intakes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    chiefComplaint: text("chief_complaint").notNull(),
    painSites: jsonb("pain_sites").$type<PainSite[]>().notNull(),
    onsetDate: date("onset_date", { mode: "string" }),
    duration: text("duration"),
    aggravating: text("aggravating"),
    easing: text("easing"),
    painNow: integer("pain_now").notNull(),
    psfs: jsonb("psfs").$type<PsfsItem[]>().notNull(),
    medicalHistory: text("medical_history"),
    medications: text("medications"),
    refVersion: integer("ref_version").notNull(),
  },
  (t) => [index("intakes_client_idx").on(t.practiceId, t.clientId, t.createdAt)],
);

export const intakeActivities = pgTable(
  "intake_activities",
  {
    practiceId: practiceIdColumn(),
    intakeId: uuid("intake_id")
      .notNull()
      .references(() => intakes.id),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
    frequency: text("frequency"),
    notes: text("notes"),
  },
  (t) => [primaryKey({ columns: [t.intakeId, t.activityId] })],
);
