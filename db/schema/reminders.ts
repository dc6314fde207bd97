import { sql } from "drizzle-orm";
import { boolean, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { practiceIdColumn } from "./practices";

/**
 * A client's daily homework reminder by email, chosen in the portal: a wall-clock time in the
 * practice's zone. `next_due_at` is the next instant the job sends it (null while off); the job
 * claims due rows with FOR UPDATE SKIP LOCKED and moves them to the next day.
 */
export const homeworkReminders = pgTable(
  "homework_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** One reminder per client. */
    clientId: clientIdColumn(),
    practiceId: practiceIdColumn(),
    /** "HH:MM", 24-hour, on the practice's clock. */
    time: text("time").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    nextDueAt: timestamp("next_due_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("homework_reminders_client").on(t.clientId),
    index("homework_reminders_due_idx")
      .on(t.nextDueAt)
      .where(sql`${t.enabled}`),
  ],
);

/**
 * Each reminder sent: one row per client and practice day. The key makes "never twice a day" the
 * database's rule, whatever two servers or a changed time would otherwise do.
 */
export const homeworkReminderSends = pgTable(
  "homework_reminder_sends",
  {
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    day: date("day", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.day] })],
);
