// "Forgot password": an emailed, single-use, expiring link that sets a new password.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { passwordResets, sessions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { queueEmail } from "./internal/email";
import { resetRequestAllowed, resetUseAllowed } from "./internal/password-limiter";
import { requestIp, requestOrigin } from "./internal/request";

/** A reset link works once, for an hour (OWASP Forgot Password Cheat Sheet: short-lived, single-use). */
export const RESET_MINUTES = 60;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Emails a reset link to the login of `email`, if there is one and it is enabled. The answer is
 * the same whatever the email (the caller learns nothing about who has a login), and requests
 * are limited per IP and per email (internal/password-limiter.ts); a request over the limit is
 * audited and sends nothing. A new link supersedes the login's earlier open ones.
 */
export async function requestPasswordReset(email: string): Promise<{ ok: true }> {
  const database = await db();
  const ip = await requestIp();
  const attempt = { action: "auth.password_reset_request", objectType: "user" } as const;
  if (!(await resetRequestAllowed(email, ip))) {
    await audit(database, null, { ...attempt, outcome: "denied", detail: { email, reason: "limited" } });
    return { ok: true };
  }
  const [user] = await database
    .select({
      id: users.id,
      role: users.role,
      practiceId: users.practiceId,
      email: users.email,
      displayName: users.displayName,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  if (!user || user.disabled) {
    await audit(database, null, { ...attempt, outcome: "failed", detail: { email } });
    return { ok: true };
  }
  const token = randomBytes(32).toString("base64url");
  const link = `${await requestOrigin()}/reset-password?token=${token}`;
  await database.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(passwordResets)
      .set({ supersededAt: now })
      .where(
        and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt), isNull(passwordResets.supersededAt)),
      );
    const [reset] = await tx
      .insert(passwordResets)
      .values({
        practiceId: user.practiceId,
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
      })
      .returning({ id: passwordResets.id });
    await queueEmail(tx, user.practiceId, {
      to: user.email,
      subject: "Reset your Unknot password",
      body: [
        `Hello ${user.displayName},`,
        "",
        "Someone (we hope you) asked to reset the password of your Unknot login.",
        `Choose a new one here (the link works once, for ${RESET_MINUTES} minutes):`,
        link,
        "",
        "If you did not ask, ignore this email: your password stays as it is.",
      ].join("\n"),
    });
    await audit(
      tx,
      { userId: user.id, role: user.role, practiceId: user.practiceId },
      { ...attempt, objectId: reset!.id, outcome: "allowed" },
    );
  });
  // Not delivered inline: the job runner sends pending email within a minute (lib/dal/jobs.ts),
  // so the answer takes the same time whether or not a message was queued (OWASP Forgot
  // Password Cheat Sheet: consistent responses in time as well as in words).
  return { ok: true };
}

export type ResetLinkState = "valid" | "invalid" | "expired" | "used";
type ResetRow = typeof passwordResets.$inferSelect;

function linkState(row: ResetRow | undefined, now = Date.now()): ResetLinkState {
  if (!row) return "invalid";
  if (row.usedAt || row.supersededAt) return "used";
  if (row.expiresAt.getTime() <= now) return "expired";
  return "valid";
}

/** What a reset link's page shows. Anyone may ask; nothing about the login is revealed. */
export async function checkPasswordReset(token: string): Promise<{ state: ResetLinkState }> {
  if (typeof token !== "string" || !TOKEN.test(token)) return { state: "invalid" };
  const database = await db();
  const [row] = await database
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, hashToken(token)));
  return { state: linkState(row) };
}

export type ResetResult =
  { ok: true } | { ok: false; code: "reset.invalid" | "reset.expired" | "reset.used" | "reset.limited" };

const codeOf = (state: Exclude<ResetLinkState, "valid">) => `reset.${state}` as const;

/**
 * Uses a reset link: sets the new password and ends every session of the login (whoever held
 * one, perhaps the person who took the old password, is signed out). The link is looked up
 * before the password is hashed, tries are limited per IP, and the link is checked again under
 * its row lock so it works once.
 */
export async function resetPassword(token: string, password: string): Promise<ResetResult> {
  const database = await db();
  if (!(await resetUseAllowed(await requestIp()))) return { ok: false, code: "reset.limited" };
  if (!TOKEN.test(token)) return { ok: false, code: "reset.invalid" };
  const byToken = eq(passwordResets.tokenHash, hashToken(token));
  const [seen] = await database.select().from(passwordResets).where(byToken);
  const early = linkState(seen);
  if (early !== "valid") return { ok: false, code: codeOf(early) };
  const passwordHash = await hashPassword(password);
  return database.transaction(async (tx): Promise<ResetResult> => {
    const [reset] = await tx.select().from(passwordResets).where(byToken).for("update");
    const state = linkState(reset);
    if (state !== "valid") return { ok: false, code: codeOf(state) };
    const now = new Date();
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, reset!.userId))
      .returning({ id: users.id, role: users.role, practiceId: users.practiceId, disabled: users.disabled });
    await tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, reset!.id));
    const ended = await tx
      .update(sessions)
      .set({ endedAt: now, endReason: "password_reset" })
      .where(and(eq(sessions.userId, reset!.userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    await audit(
      tx,
      { userId: user!.id, role: user!.role, practiceId: user!.practiceId },
      {
        action: "auth.password_reset",
        objectType: "user",
        objectId: user!.id,
        outcome: "allowed",
        detail: { sessionsEnded: ended.length },
      },
    );
    return { ok: true };
  });
}
