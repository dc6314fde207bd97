// A signed-in person's own login: changing their password.
import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { requestIp } from "./internal/request";
import { passwordCheckAllowed, recordFailedPasswordCheck } from "./internal/sign-in-limiter";
import { requireViewer } from "./internal/viewer";

export type ChangePasswordResult =
  { ok: true; sessionsEnded: number } | { ok: false; code: "account.wrong-password" | "account.locked" };

/**
 * Changes the viewer's password. The current password is required (a borrowed, unlocked
 * browser cannot take the account over), and wrong ones count towards this source's streak on
 * the account (lib/domain/sign-in-throttle.ts, rule 1), so a stolen session cannot guess it. The
 * viewer's other sessions end; this one stays.
 */
export async function changePassword(current: string, next: string): Promise<ChangePasswordResult> {
  const viewer = await requireViewer();
  const database = await db();
  const ip = await requestIp();
  const attempt = { action: "account.password_change", objectType: "user", objectId: viewer.userId } as const;
  if (!(await passwordCheckAllowed(viewer.email, ip))) {
    await audit(database, viewer, { ...attempt, outcome: "denied", detail: { reason: "locked" } });
    return { ok: false, code: "account.locked" };
  }
  const [row] = await database
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, viewer.userId));
  if (!row || !(await verifyPassword(row.passwordHash, current))) {
    await recordFailedPasswordCheck(viewer.email, ip);
    await audit(database, viewer, { ...attempt, outcome: "failed" });
    return { ok: false, code: "account.wrong-password" };
  }
  const passwordHash = await hashPassword(next);
  return database.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, viewer.userId));
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "password_changed" })
      .where(and(eq(sessions.userId, viewer.userId), isNull(sessions.endedAt), ne(sessions.id, viewer.sessionId)))
      .returning({ id: sessions.id });
    await audit(tx, viewer, { ...attempt, outcome: "allowed", detail: { sessionsEnded: ended.length } });
    return { ok: true, sessionsEnded: ended.length };
  });
}
