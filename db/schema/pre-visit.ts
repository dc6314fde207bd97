import { date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";
import { screenings } from "./screenings";
import { users } from "./users";

/** A pain site the client marked on the body map: a muscle region and the side of the body. */
export interface PreVisitPainSite {
  muscleId: string;
  side: "left" | "right";
}

/**
 * The pre-visit form a client fills before the first visit (issue 15, part 4). Each submission
 * is a new row; the latest one pre-fills the therapist's intake. Its contraindication answers
 * are recorded as a screening too (`screening_id`), which opened any flags at once. It is sent
 * from the portal (`submitted_by` is the client's login) or through the emailed link of an online
 * booking by a person without a login (`submitted_by` null).
 */
export const preVisitForms = pgTable(
  "pre_visit_forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    complaint: text("complaint").notNull(),
    painSites: jsonb("pain_sites").$type<PreVisitPainSite[]>().notNull(),
    onsetDate: date("onset_date", { mode: "string" }),
    onset: text("onset"),
    activities: jsonb("activities").$type<string[]>().notNull(),
    medicalHistory: text("medical_history"),
    medications: text("medications"),
    screeningId: uuid("screening_id")
      .notNull()
      .references(() => screenings.id),
  },
  (t) => [index("pre_visit_forms_client_idx").on(t.practiceId, t.clientId, t.submittedAt)],
);
