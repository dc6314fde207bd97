import "server-only";
import { eq, sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { audit } from "./audit";
import { db } from "./database";
import { requestIp } from "./request";
import { recordFailedSignIn, recordSuccessfulSignIn, signInAllowed } from "./sign-in-limiter";

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
