// The two steps of every sign-in, shared by the sign-in form and an invitation accepted by
// signing in: checking the password under the throttle, and opening the server-side session.
import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { KNOWN_SOURCE_DAYS } from "@/lib/domain/sign-in-throttle";
import type { Role } from "../policy";
import { audit } from "./audit";
import { recordFailedSignIn, recordSuccessfulSignIn, signInGate } from "./sign-in-limiter";

type Executor = Pick<Db, "select">;
type Tx = Pick<Db, "select" | "update" | "insert">;

export interface SignInUser {
  id: string;
  role: Role;
  practiceId: string;
  sessionVersion: number;
}

export type CredentialCheck = { ok: true; user: SignInUser } | { ok: false; reason: "invalid" | "locked" | "slowed" };

const ATTEMPT = { action: "auth.sign_in", objectType: "user" } as const;

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
 * Checks an email and password. Unknown emails, wrong passwords and disabled accounts all get the
 * same "invalid" answer after the same argon2 work, so nothing tells an attacker which emails
 * exist. Failures slow and refuse further attempts as lib/domain/sign-in-throttle.ts says; every
 * refusal is audited here, the success by the session it opens.
 */
export async function checkCredentials(
  database: Db,
  email: string,
  password: string,
  ip: string,
): Promise<CredentialCheck> {
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
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);

  const gate = await signInGate(email, ip, await knownSource(database, user?.id, ip));
  if (gate !== "open") {
    await audit(database, null, { ...ATTEMPT, outcome: "denied", detail: { email, reason: gate } });
    return { ok: false, reason: gate };
  }
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches || user.disabled) {
    await recordFailedSignIn(email, ip);
    const actor = user ? { userId: user.id, role: user.role, practiceId: user.practiceId } : null;
    await audit(database, actor, { ...ATTEMPT, objectId: user?.id, outcome: "failed", detail: { email } });
    return { ok: false, reason: "invalid" };
  }
  await recordSuccessfulSignIn(email, ip);
  return {
    ok: true,
    user: { id: user.id, role: user.role, practiceId: user.practiceId, sessionVersion: user.sessionVersion },
  };
}

/**
 * The practice a new session works in: staff work in their own; a client in the practice of
 * their latest session that still has their record, else the first practice that linked them.
 * Null for a client login on no record (it has nothing to open).
 */
export async function sessionPracticeOf(executor: Executor, user: SignInUser): Promise<string | null> {
  if (user.role !== "client") return user.practiceId;
  const linked = await executor
    .select({ practiceId: clients.practiceId })
    .from(clients)
    .where(eq(clients.userId, user.id))
    .orderBy(asc(clients.createdAt));
  if (linked.length <= 1) return linked[0]?.practiceId ?? null;
  const [latest] = await executor
    .select({ practiceId: sessions.practiceId })
    .from(sessions)
    .where(eq(sessions.userId, user.id))
    .orderBy(sql`${sessions.createdAt} desc`)
    .limit(1);
  const chosen = linked.find((l) => l.practiceId === latest?.practiceId);
  return (chosen ?? linked[0]!).practiceId;
}

/** Ends a session the claims name (if still open) with one audit row. */
export async function endSession(
  tx: Pick<Db, "update" | "insert">,
  claims: SessionClaims,
  reason: "signed_out" | "replaced",
): Promise<void> {
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
 * Opens the server-side session of a checked sign-in in `practiceId`, ending the one the browser
 * held (`previous`): a browser never holds two identities and a copy of the old cookie stops working.
 */
export async function openSession(
  tx: Tx,
  user: SignInUser,
  practiceId: string,
  ip: string,
  previous: SessionClaims | null | undefined,
): Promise<SessionClaims> {
  if (previous) await endSession(tx, previous, "replaced");
  const [session] = await tx
    .insert(sessions)
    .values({ userId: user.id, practiceId, ip })
    .returning({ id: sessions.id });
  const actor = { userId: user.id, role: user.role, practiceId };
  await audit(tx, actor, { ...ATTEMPT, objectId: user.id, outcome: "allowed" });
  return {
    sessionId: session!.id,
    userId: user.id,
    role: user.role,
    practiceId,
    sessionVersion: user.sessionVersion,
  };
}
