// Counting failed sign-ins per account and source, per account, and per IP.
import "server-only";
import { createHash } from "node:crypto";
import {
  ACCOUNT_WINDOW_S,
  IP_FAILURES_PER_HOUR,
  IP_LOCK_S,
  SLOW_INTERVAL_MAX_S,
  SOURCE_FAILURES_BEFORE_LOCK,
  SOURCE_LOCK_S,
  slowIntervalSeconds,
} from "@/lib/domain/sign-in-throttle";
import { exhausted, limiter, spend, type LimitRule } from "./rate-limits";

// The rule, its numbers and its reasons: lib/domain/sign-in-throttle.ts.

const PAIR: LimitRule = {
  keyPrefix: "signin_pair",
  points: SOURCE_FAILURES_BEFORE_LOCK,
  duration: SOURCE_LOCK_S,
  blockDuration: SOURCE_LOCK_S,
};
// Counts every failure on the account; it never blocks by itself (the slow lane below reads it).
const ACCOUNT: LimitRule = {
  keyPrefix: "signin_account_all",
  points: 1_000_000,
  duration: ACCOUNT_WINDOW_S,
  blockDuration: 0,
};
// One checked password per interval while the account is past its ceiling.
const SLOW_LANE: LimitRule = {
  keyPrefix: "signin_account_slow",
  points: 1,
  duration: SLOW_INTERVAL_MAX_S,
  blockDuration: 0,
};
const IP: LimitRule = {
  keyPrefix: "signin_ip",
  points: IP_FAILURES_PER_HOUR,
  duration: 3600,
  blockDuration: IP_LOCK_S,
};

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\n")).digest("base64url");
const accountKey = (email: string) => digest(email.toLowerCase());
const pairKey = (email: string, ip: string) => digest(email.toLowerCase(), ip);

/**
 * Whether a password may be checked now: "locked" while this source is refused on this account
 * or everywhere (rules 1 and 3), "slowed" while the account's slow lane is taken (rule 2; a known
 * source of the account skips it), else "open".
 */
export async function signInGate(
  email: string,
  ip: string,
  knownSource: boolean,
): Promise<"open" | "locked" | "slowed"> {
  const [pairLocked, ipLocked] = await Promise.all([exhausted(PAIR, pairKey(email, ip)), exhausted(IP, ip)]);
  if (pairLocked || ipLocked) return "locked";
  if (knownSource) return "open";
  const failures = (await (await limiter(ACCOUNT)).get(accountKey(email)))?.consumedPoints ?? 0;
  const interval = slowIntervalSeconds(failures);
  if (interval === 0) return "open";
  const slot = await (
    await limiter(SLOW_LANE)
  )
    .consume(accountKey(email), 1, { customDuration: interval })
    .then(() => true)
    .catch(() => false);
  return slot ? "open" : "slowed";
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  // A key past its limit stays blocked for the block duration, which is what we want.
  await Promise.all([spend(PAIR, pairKey(email, ip)), spend(ACCOUNT, accountKey(email)), spend(IP, ip)]);
}

/**
 * A success ends this source's streak on the account. The account's count from every source
 * stays: an attacker elsewhere does not get a fresh ceiling because the owner signed in.
 */
export async function recordSuccessfulSignIn(email: string, ip: string): Promise<void> {
  await (await limiter(PAIR)).delete(pairKey(email, ip));
}

/**
 * A signed-in person confirming their current password (changing it): only this source's streak
 * on the account counts and refuses (rule 1). The account-wide and per-IP counts are left to
 * sign-in, so typing one's own password wrong does not slow anyone else.
 */
export async function passwordCheckAllowed(email: string, ip: string): Promise<boolean> {
  return !(await exhausted(PAIR, pairKey(email, ip)));
}

export async function recordFailedPasswordCheck(email: string, ip: string): Promise<void> {
  await spend(PAIR, pairKey(email, ip));
}
