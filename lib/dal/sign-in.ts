// Signing in (Auth.js calls it) and ending the session of a discarded cookie.
import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { requestIp } from "./internal/request";
import { KNOWN_SOURCE_DAYS } from "@/lib/domain/sign-in-throttle";
import { recordFailedSignIn, recordSuccessfulSignIn, signInGate } from "./internal/sign-in-limiter";

export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "locked" | "slowed" };

type Executor = Pick<Db, "select">;

/** Whether the account signed in from this IP in the last 30 days (it then skips the slow lane). */
async function knownSource(executor: Executor, userId: string | undefined, ip: string): Promise<boolean> {
  if (!userId || ip === "unknown") return false;
  const since = new Date(Date.now() - KNOWN_SOURCE_DAYS * 86_400_000);
  const [row] = await executor
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.ip, ip), gt(sessions.createdAt, since)))
    .limit(1);
  return Boolean(row);
}

/**
 * Checks an email and password and, when they match an enabled account, opens a server-side
 * session. Unknown emails, wrong passwords and disabled accounts all get the same "invalid"
 * answer after the same argon2 work, so nothing tells an attacker which emails exist. Failures
 * slow and refuse further attempts as lib/domain/sign-in-throttle.ts says.
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
  const attempt = { action: "auth.sign_in", objectType: "user" } as const;

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

  const gate = await signInGate(email, ip, await knownSource(database, user?.id, ip));
  if (gate !== "open") {
    await audit(database, null, { ...attempt, outcome: "denied", detail: { email, reason: gate } });
    return { ok: false, reason: gate };
  }

  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches || user.disabled) {
    await recordFailedSignIn(email, ip);
    const actor = user ? { userId: user.id, role: user.role, practiceId: user.practiceId } : null;
    await audit(database, actor, { ...attempt, objectId: user?.id, outcome: "failed", detail: { email } });
    return { ok: false, reason: "invalid" };
  }

  await recordSuccessfulSignIn(email, ip);
  const claims = await database.transaction(async (tx) => {
    if (previous) await endSession(tx, previous, "replaced");
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

type Tx = Pick<Db, "update" | "insert">;

/** Ends a session the claims name (if still open) with one audit row. */
async function endSession(tx: Tx, claims: SessionClaims, reason: "signed_out" | "replaced"): Promise<void> {
  const ended = await tx
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.endedAt)))
    .returning({ id: sessions.id });
  if (ended.length === 0) return;
  const actor = { userId: claims.userId, role: claims.role, practiceId: claims.practiceId };
  await audit(tx, actor, {
    action: "auth.sign_out",
    objectType: "session",
    objectId: claims.sessionId,
    outcome: "allowed",
    ...(reason === "replaced" ? { detail: { reason } } : {}),
  });
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
