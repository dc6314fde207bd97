// Signing in (Auth.js calls it) and ending the session of a discarded cookie.
import "server-only";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { db } from "./internal/database";
import { requestIp } from "./internal/request";
import { checkCredentials, endSession, openSession, sessionPracticeOf } from "./internal/sign-in-steps";

export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "locked" | "slowed" };

/**
 * Checks an email and password (internal/sign-in-steps.ts) and, when they match an enabled
 * account, opens a server-side session in the account's practice; a client of several practices
 * starts in the one they used last and may switch (lib/dal/client-practices.ts).
 *
 * `previous` are the claims of the session the browser already holds: signing in ends it, so a
 * browser never holds two identities and a copy of the old cookie stops working.
 */
export async function verifySignIn(
  email: string,
  password: string,
  previous?: SessionClaims | null,
): Promise<SignInResult> {
  const database = await db();
  const ip = await requestIp();
  const checked = await checkCredentials(database, email, password, ip);
  if (!checked.ok) return checked;
  const claims = await database.transaction(async (tx) => {
    const practiceId = await sessionPracticeOf(tx, checked.user);
    // A client login on no record is disabled when unlinked; this covers a race with the unlink.
    return practiceId ? openSession(tx, checked.user, practiceId, ip, previous) : null;
  });
  return claims ? { ok: true, claims } : { ok: false, reason: "invalid" };
}

/**
 * Ends the session a discarded cookie named. Auth.js's own sign-out endpoint (POST
 * /api/auth/signout) only clears the cookie; without this the session row stayed alive and a
 * copy of the cookie kept working until the idle timeout. The claims come from the decrypted,
 * authenticated cookie. Signing out through signOutAction ends the row first, so this is a no-op.
 */
export async function endSessionOfClaims(claims: SessionClaims): Promise<void> {
  const database = await db();
  await database.transaction((tx) => endSession(tx, claims, "signed_out"));
}
