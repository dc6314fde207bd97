// Reading the session cookie on every request, without Auth.js's per-call round trip.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import type { SessionClaims } from "./session-claims";

/**
 * The secret Auth.js signs and encrypts the cookie with: lib/auth/config.ts passes this same
 * value, so the two can never disagree.
 */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/** Auth.js's cookie names: the `__Secure-` one when the app is reached over HTTPS. */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Tokens already decrypted in this process, with what they carry. Auth.js's `auth()` decrypts the
 * cookie and encrypts a fresh one on every call (about a third of a bare page's throughput,
 * STACK-NOTES.md); a page needs only the claims, and the session row, read on every request by
 * lib/dal/internal/viewer.ts, decides whether the session still holds. Bounded: the oldest entry
 * goes when it is full, so a flood of forged cookies costs memory no more than this.
 */
const MAX_ENTRIES = 10_000;
const decoded = new Map<string, { claims: SessionClaims | null; expiresAt: number }>();

function remember(key: string, claims: SessionClaims | null, expiresAt: number) {
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { claims, expiresAt });
}

async function claimsOf(token: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const known = decoded.get(key);
  if (known) return known.expiresAt > Date.now() ? known.claims : null;
  const secret = authSecret();
  if (!secret) return null;
  // An expired, forged or foreign token decodes to nothing, and is remembered as nothing.
  const payload = await decode({ token, secret, salt }).catch(() => null);
  const claims = (payload?.claims as SessionClaims | undefined) ?? null;
  const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : Date.now() + 60_000;
  remember(key, claims, expiresAt);
  return claims;
}

/**
 * The claims of this request's session cookie, or null. Read only: the cookie is written when a
 * session starts (sign-in) and cleared when it ends (sign-out); its lifetime is the longest any
 * role may keep a session, and lib/domain/session-policy.ts ends sessions on the server.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const whole = jar.get(name)?.value;
    // Auth.js splits a cookie over 4 KB into name.0, name.1…; ours is small, but read it whole.
    const chunks = whole
      ? [whole]
      : jar
          .getAll()
          .filter((c) => c.name.startsWith(`${name}.`))
          .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
          .map((c) => c.value);
    if (chunks.length > 0) return claimsOf(chunks.join(""), name);
  }
  return null;
}
