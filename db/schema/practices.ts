import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A practice is the tenant: every row of clinical data carries its id. */
export const practices = pgTable(
  "practices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("UTC"),
    /** The stable part of the public booking address, /book/<slug>. */
    slug: text("slug")
      .notNull()
      .default(sql`('practice-' || substr(md5(random()::text), 1, 10))`),
    /** Shown to people booking and to clients: where to call, where to come. */
    phone: text("phone"),
    address: text("address"),
    /** Online booking rules: how soon, how far ahead, and until when a booking may be cancelled. */
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(720),
    horizonDays: integer("horizon_days").notNull().default(56),
    cancelWindowHours: integer("cancel_window_hours").notNull().default(24),
    /** The demo practice, whose passwords are public: a banner says so while it exists. */
    demo: boolean("demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("practices_slug_unique").on(t.slug)],
);

export type Practice = typeof practices.$inferSelect;

/** The tenant column every table of a practice's data carries (STYLE.md: one predicate scopes it all). */
export const practiceIdColumn = () =>
  uuid("practice_id")
    .notNull()
    .references(() => practices.id);
