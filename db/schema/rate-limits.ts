import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * Counters of rate-limiter-flexible's RateLimiterPostgres (its own table layout), so that
 * several app servers on one PostgreSQL share sign-in failure counts.
 */
export const signInLimits = pgTable("sign_in_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
