// How often reset links may be asked for and used.
import "server-only";
import { createHash } from "node:crypto";
import { exhausted, spend, type LimitRule } from "./rate-limits";

/**
 * "Forgot password" sends email on an unauthenticated request, and using a link costs an
 * argon2 hash, so both are limited (OWASP Forgot Password Cheat Sheet: rate-limit, same answer
 * whether or not the account exists). Per IP: 10 requests an hour (a household or a clinic's
 * network, with room for typos); per email: 3 an hour, counted for unknown emails too, so a
 * script cannot flood one inbox. Using links: 20 tries an hour per IP.
 */
export const RESET_REQUESTS_PER_IP_HOUR = 10;
export const RESET_REQUESTS_PER_EMAIL_HOUR = 3;
export const RESET_USES_PER_IP_HOUR = 20;

const rule = (keyPrefix: string, points: number): LimitRule => ({
  keyPrefix,
  points,
  duration: 3600,
  blockDuration: 3600,
});
const REQUEST_IP = rule("reset_request_ip", RESET_REQUESTS_PER_IP_HOUR);
const REQUEST_EMAIL = rule("reset_request_email", RESET_REQUESTS_PER_EMAIL_HOUR);
const USE_IP = rule("reset_use_ip", RESET_USES_PER_IP_HOUR);

const emailKey = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("base64url");

/** Counts a reset request; false once the IP or the email has spent its hour. */
export async function resetRequestAllowed(email: string, ip: string): Promise<boolean> {
  const [ipOut, emailOut] = await Promise.all([exhausted(REQUEST_IP, ip), exhausted(REQUEST_EMAIL, emailKey(email))]);
  await Promise.all([spend(REQUEST_IP, ip), spend(REQUEST_EMAIL, emailKey(email))]);
  return !ipOut && !emailOut;
}

/** Counts a try at using a reset link; false once the IP has spent its hour. */
export async function resetUseAllowed(ip: string): Promise<boolean> {
  if (await exhausted(USE_IP, ip)) return false;
  await spend(USE_IP, ip);
  return true;
}
