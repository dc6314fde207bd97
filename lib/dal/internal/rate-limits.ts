// Rate limiters shared by every app server: counters in PostgreSQL, or in memory on the
// embedded engine (one process).
import "server-only";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { database } from "./database";

export interface LimitRule {
  /** Distinguishes this limit's keys from every other's in the shared table. */
  keyPrefix: string;
  points: number;
  /** Window, in seconds. */
  duration: number;
  /** Once the points are spent, how long the key stays blocked, in seconds. */
  blockDuration: number;
}

const made = new Map<string, Promise<RateLimiterAbstract>>();

async function create(rule: LimitRule): Promise<RateLimiterAbstract> {
  const { engine, pool } = await database();
  if (engine === "postgres" && pool) {
    // The table is created by our migrations (db/schema/rate-limits.ts).
    return new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "sign_in_limits",
      tableCreated: true,
      ...rule,
    });
  }
  return new RateLimiterMemory(rule);
}

/** The limiter of a rule, made once per process. */
export function limiter(rule: LimitRule): Promise<RateLimiterAbstract> {
  let pending = made.get(rule.keyPrefix);
  if (!pending) {
    pending = create(rule).catch((error) => {
      made.delete(rule.keyPrefix);
      throw error;
    });
    made.set(rule.keyPrefix, pending);
  }
  return pending;
}

/** Whether the key has spent its points (it is then refused until the block ends). */
export async function exhausted(rule: LimitRule, key: string): Promise<boolean> {
  const res = await (await limiter(rule)).get(key);
  return res !== null && res.consumedPoints >= rule.points;
}

/** Spends one point of the key; a key past its points stays blocked (consume rejects then). */
export async function spend(rule: LimitRule, key: string): Promise<void> {
  await (await limiter(rule)).consume(key).catch(() => undefined);
}
