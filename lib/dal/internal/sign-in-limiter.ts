// Counting failed sign-ins per account and per IP.
import "server-only";
import { exhausted, limiter, spend, type LimitRule } from "./rate-limits";

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

const ACCOUNT: LimitRule = {
  keyPrefix: "signin_account",
  points: ACCOUNT_FAILURES_BEFORE_LOCK,
  duration: ACCOUNT_WINDOW_S,
  blockDuration: ACCOUNT_WINDOW_S,
};
const IP: LimitRule = { keyPrefix: "signin_ip", points: IP_FAILURES_PER_HOUR, duration: 3600, blockDuration: 3600 };

/** False while the account or the IP is locked out: the password is then not even checked. */
export async function signInAllowed(email: string, ip: string): Promise<boolean> {
  const [accountLocked, ipLocked] = await Promise.all([exhausted(ACCOUNT, email), exhausted(IP, ip)]);
  return !accountLocked && !ipLocked;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  // A key past its limit stays blocked for the block duration, which is what we want.
  await Promise.all([spend(ACCOUNT, email), spend(IP, ip)]);
}

export async function recordSuccessfulSignIn(email: string): Promise<void> {
  await (await limiter(ACCOUNT)).delete(email);
}
