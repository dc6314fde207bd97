import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A practice is the tenant: every row of clinical data carries its id. */
export const practices = pgTable("practices", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull().default("UTC"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Practice = typeof practices.$inferSelect;

/** The tenant column every table of a practice's data carries (STYLE.md: one predicate scopes it all). */
export const practiceIdColumn = () =>
  uuid("practice_id")
    .notNull()
    .references(() => practices.id);
