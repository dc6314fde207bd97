import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { practiceIdColumn } from "./practices";

/** Front desk: the calendar, callbacks and contact details, never the clinical record. */
export const userRole = pgEnum("user_role", ["admin", "therapist", "frontdesk", "client"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    /** Bumped to sign the user out everywhere (password change, disabling, role change). */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are stored lower-cased; the index makes them unique across all practices.
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    index("users_practice_idx").on(t.practiceId),
    // A practice's staff by role and name (the therapist filter, the calendar's columns): client
    // logins are most of a large practice's users, and were read whole (11 ms at 100,000 clients).
    index("users_practice_role_idx").on(t.practiceId, t.role, t.displayName),
  ],
);

export type User = typeof users.$inferSelect;

/**
 * An emailed link that lets someone join a practice's staff: single-use, expiring, its token
 * stored only as a SHA-256 hash. Accepting it creates the login with the role it names.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: userRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_invitations_token_hash").on(t.tokenHash),
    index("staff_invitations_practice_idx").on(t.practiceId, t.createdAt),
  ],
);
export type UserRole = (typeof userRole.enumValues)[number];
