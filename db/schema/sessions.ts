import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/**
 * Server-side record of every sign-in. The cookie only names a session; this row decides
 * whether it is still alive (idle timeout, absolute lifetime, sign-out), so a replayed
 * cookie after sign-out gets nothing.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    practiceId: practiceIdColumn(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    ip: text("ip"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;
