import { index, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/**
 * Emailed "forgot password" links: single-use, expiring, and only the token's SHA-256 is kept,
 * so a copy of the database (a backup) opens no account. A newer link supersedes older ones.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("password_resets_token_hash").on(t.tokenHash), index("password_resets_user_idx").on(t.userId)],
);
