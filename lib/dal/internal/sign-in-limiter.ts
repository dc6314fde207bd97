// Counting failed sign-ins per account and per IP.
import "server-only";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { database } from "./database";

/**
 * Failed sign-ins are counted per account and per IP (OWASP ASVS 5.0 V6.3.1).
 * Per account: at most 10 consecutive failures (a success resets the count), then the account
 * is locked for 15 minutes; unknown emails are counted exactly like known ones, so the answer
 * never tells whether an email exists. Per IP: 100 failures an hour, then one hour blocked.
 * On PostgreSQL the counters live in the database so every app server shares them; the
 * embedded engine runs one process, so memory is enough.
 */
export const ACCOUNT_FAILURES_BEFORE_LOCK = 10;
const ACCOUNT_WINDOW_S = 15 * 60;
export const IP_FAILURES_PER_HOUR = 100;

interface Limiters {
  account: RateLimiterAbstract;
  ip: RateLimiterAbstract;
}

let limiters: Promise<Limiters> | undefined;

async function create(): Promise<Limiters> {
  const { engine, pool } = await database();
  const account = {
    keyPrefix: "signin_account",
    points: ACCOUNT_FAILURES_BEFORE_LOCK,
    duration: ACCOUNT_WINDOW_S,
    blockDuration: ACCOUNT_WINDOW_S,
  };
  const ip = { keyPrefix: "signin_ip", points: IP_FAILURES_PER_HOUR, duration: 3600, blockDuration: 3600 };
  if (engine === "postgres" && pool) {
    // The table is created by our migrations (db/schema/rate-limits.ts).
    const store = { storeClient: pool, storeType: "pool", tableName: "sign_in_limits", tableCreated: true };
    return {
      account: new RateLimiterPostgres({ ...store, ...account }),
      ip: new RateLimiterPostgres({ ...store, ...ip }),
    };
  }
  return { account: new RateLimiterMemory(account), ip: new RateLimiterMemory(ip) };
}

function get(): Promise<Limiters> {
  limiters ??= create().catch((error) => {
    limiters = undefined;
    throw error;
  });
  return limiters;
}

async function exhausted(limiter: RateLimiterAbstract, key: string, points: number): Promise<boolean> {
  const res = await limiter.get(key);
  return res !== null && res.consumedPoints >= points;
}

/** False while the account or the IP is locked out: the password is then not even checked. */
export async function signInAllowed(email: string, ip: string): Promise<boolean> {
  const { account, ip: byIp } = await get();
  const [accountLocked, ipLocked] = await Promise.all([
    exhausted(account, email, ACCOUNT_FAILURES_BEFORE_LOCK),
    exhausted(byIp, ip, IP_FAILURES_PER_HOUR),
  ]);
  return !accountLocked && !ipLocked;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = await get();
  // consume() rejects once a limit is passed; the block that follows is what we want.
  await Promise.allSettled([account.consume(email), byIp.consume(ip)]);
}

export async function recordSuccessfulSignIn(email: string): Promise<void> {
  const { account } = await get();
  await account.delete(email);
}
