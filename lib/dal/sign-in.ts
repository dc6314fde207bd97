// Signing in (Auth.js calls it) and ending the session of a discarded cookie.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { requestIp } from "./internal/request";
import { recordFailedSignIn, recordSuccessfulSignIn, signInAllowed } from "./internal/sign-in-limiter";

export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an email and password and, when they match an enabled account, opens a server-side
 * session. Unknown emails, wrong passwords and disabled accounts all get the same "invalid"
 * answer after the same argon2 work, so nothing tells an attacker which emails exist.
 */
export async function verifySignIn(email: string, password: string): Promise<SignInResult> {
  const database = await db();
  const ip = await requestIp();
  const attempt = { action: "auth.sign_in", objectType: "user" } as const;

  if (!(await signInAllowed(email, ip))) {
    await audit(database, null, { ...attempt, outcome: "denied", detail: { email, reason: "locked" } });
    return { ok: false, reason: "locked" };
  }

  const [user] = await database
    .select({
      id: users.id,
      role: users.role,
      practiceId: users.practiceId,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches || user.disabled) {
    await recordFailedSignIn(email, ip);
    const actor = user ? { userId: user.id, role: user.role, practiceId: user.practiceId } : null;
    await audit(database, actor, { ...attempt, objectId: user?.id, outcome: "failed", detail: { email } });
    return { ok: false, reason: "invalid" };
  }

  await recordSuccessfulSignIn(email);
  const claims = await database.transaction(async (tx) => {
    const [session] = await tx
      .insert(sessions)
      .values({ userId: user.id, practiceId: user.practiceId, ip })
      .returning({ id: sessions.id });
    const actor = { userId: user.id, role: user.role, practiceId: user.practiceId };
    await audit(tx, actor, { ...attempt, objectId: user.id, outcome: "allowed" });
    return {
      sessionId: session!.id,
      userId: user.id,
      role: user.role,
      practiceId: user.practiceId,
      sessionVersion: user.sessionVersion,
    } satisfies SessionClaims;
  });
  return { ok: true, claims };
}

/**
 * Ends the session a discarded cookie named. Auth.js's own sign-out endpoint (POST
 * /api/auth/signout) only clears the cookie; without this the session row stayed alive and a
 * copy of the cookie kept working until the idle timeout. The claims come from the decrypted,
 * authenticated cookie. Signing out through signOutAction ends the row first, so this is a no-op.
 */
export async function endSessionOfClaims(claims: SessionClaims): Promise<void> {
  const database = await db();
  await database.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "signed_out" })
      .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) return;
    const actor = { userId: claims.userId, role: claims.role, practiceId: claims.practiceId };
    await audit(tx, actor, {
      action: "auth.sign_out",
      objectType: "session",
      objectId: claims.sessionId,
      outcome: "allowed",
    });
  });
}
