// Staff invitations: emailed, single-use, expiring links that create a therapist's, an admin's
// or the front desk's login with the role the admin chose.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { practices, staffInvitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { StaffInviteInput, StaffRole } from "@/lib/validation/staff";
import { audit, auditLinkView } from "./internal/audit";
import { db } from "./internal/database";
import { deliverPendingEmail, queueEmail } from "./internal/email";
import { acceptanceAllowed } from "./internal/invitation-limiter";
import { auditId, authorize, deny, isId } from "./internal/guard";
import { loginExists } from "./internal/logins";
import { requestOrigin } from "./internal/request";
import { INVITATION_HOURS } from "./invitations";
import { homeOf } from "./policy";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
/** What a link carries: 32 random bytes in base64url; anything else is not a token. */
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The open invitations of an email in a practice: not used, not revoked (expired or not). */
const openFor = (practiceId: string, email: string) =>
  and(
    eq(staffInvitations.practiceId, practiceId),
    eq(sql`lower(${staffInvitations.email})`, email.toLowerCase()),
    isNull(staffInvitations.usedAt),
    isNull(staffInvitations.revokedAt),
  );

const ROLE_WORDS: Record<StaffRole, string> = {
  admin: "an administrator",
  therapist: "a therapist",
  frontdesk: "front desk staff",
};

/**
 * Emails a single-use link to join the practice's staff. The answer is the same whether or not
 * the email already has a login somewhere (the admin learns nothing about other practices); such
 * an invitation simply cannot be accepted, and its page says so to whoever holds the link. The
 * email is the same either way too: the practice's staff read the outbox. A new invitation
 * revokes the email's earlier open ones, so only the latest link works.
 */
export async function inviteStaff(input: StaffInviteInput): Promise<{ ok: true; email: string }> {
  const viewer = await authorize("staff.manage", "staff_invitation");
  const database = await db();
  const email = input.email.toLowerCase();
  const [practice] = await database
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, viewer.practiceId));
  const practiceName = practice!.name;
  const token = randomBytes(32).toString("base64url");
  const link = `${await requestOrigin()}/invite/staff/${token}`;
  await database.transaction(async (tx) => {
    const revoked = await tx
      .update(staffInvitations)
      .set({ revokedAt: new Date() })
      .where(openFor(viewer.practiceId, email))
      .returning({ id: staffInvitations.id });
    const [invitation] = await tx
      .insert(staffInvitations)
      .values({
        practiceId: viewer.practiceId,
        email,
        displayName: input.displayName,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
        createdBy: viewer.userId,
      })
      .returning({ id: staffInvitations.id });
    await queueEmail(tx, viewer.practiceId, {
      to: email,
      subject: `Join ${practiceName} on Unknot`,
      body: [
        `Hello ${input.displayName},`,
        "",
        `${viewer.displayName} has invited you to join ${practiceName} on Unknot as ${ROLE_WORDS[input.role]}.`,
        "",
        `Set your password here (the link works once, for ${INVITATION_HOURS} hours):`,
        link,
        "",
        practiceName,
      ].join("\n"),
    });
    await audit(tx, viewer, {
      action: "staff.invite",
      objectType: "staff_invitation",
      objectId: invitation!.id,
      outcome: "allowed",
      detail: { email, role: input.role, revoked: revoked.map((r) => r.id) },
    });
  });
  await deliverPendingEmail();
  return { ok: true, email };
}

export type RevokeResult = { ok: true } | { ok: false; code: "staff.invitation-closed" };

/** Revokes an open invitation of the practice: its link stops working at once. */
export async function revokeStaffInvitation(invitationId: string): Promise<RevokeResult> {
  const viewer = await authorize("staff.manage", "staff_invitation");
  const denial = { action: "staff.manage", objectType: "staff_invitation", objectId: auditId(invitationId) };
  if (!isId(invitationId)) return deny(viewer, denial);
  const database = await db();
  const [own] = await database
    .select({ id: staffInvitations.id })
    .from(staffInvitations)
    .where(and(eq(staffInvitations.id, invitationId), eq(staffInvitations.practiceId, viewer.practiceId)));
  if (!own) return deny(viewer, denial);
  return database.transaction(async (tx): Promise<RevokeResult> => {
    const [revoked] = await tx
      .update(staffInvitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(staffInvitations.id, invitationId),
          eq(staffInvitations.practiceId, viewer.practiceId),
          isNull(staffInvitations.usedAt),
          isNull(staffInvitations.revokedAt),
        ),
      )
      .returning({ id: staffInvitations.id });
    if (!revoked) return { ok: false, code: "staff.invitation-closed" };
    await audit(tx, viewer, {
      action: "staff.invitation-revoke",
      objectType: "staff_invitation",
      objectId: invitationId,
      outcome: "allowed",
    });
    return { ok: true };
  });
}

/**
 * Why a link cannot be used: unknown, expired, used, revoked, or its email already has a login;
 * or (accepting only) the caller's IP has tried too many links this hour.
 */
export type ClosedState = "invalid" | "expired" | "used" | "revoked" | "taken" | "limited";
type InvitationRow = typeof staffInvitations.$inferSelect;

function closedState(row: InvitationRow | undefined): Exclude<ClosedState, "taken" | "limited"> | null {
  if (!row) return "invalid";
  if (row.usedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return null;
}

export type StaffInvitationState =
  | { state: "valid"; email: string; displayName: string; practiceName: string; role: StaffRole }
  | { state: ClosedState };

/** What a staff invitation link shows. Anyone may ask; only a usable token reveals who it is for. */
export async function checkStaffInvitation(token: string): Promise<StaffInvitationState> {
  if (typeof token !== "string" || !TOKEN.test(token)) return { state: "invalid" };
  const database = await db();
  const [found] = await database
    .select({ invitation: staffInvitations, practiceName: practices.name })
    .from(staffInvitations)
    .innerJoin(practices, eq(practices.id, staffInvitations.practiceId))
    .where(eq(staffInvitations.tokenHash, hashToken(token)));
  const closed = closedState(found?.invitation);
  const taken = !closed && found ? await loginExists(database, found.invitation.email) : false;
  if (found) await auditLinkView(database, found.invitation, "staff.invite_view", closed ?? (taken ? "taken" : null));
  if (closed) return { state: closed };
  const { invitation, practiceName } = found!;
  if (taken) return { state: "taken" };
  return {
    state: "valid",
    email: invitation.email,
    displayName: invitation.displayName,
    practiceName,
    role: invitation.role as StaffRole,
  };
}

export type AcceptStaffResult =
  { ok: true; email: string; home: ReturnType<typeof homeOf> } | { ok: false; state: ClosedState };

/** A second login for an email (two accepts at once) trips the unique index: the link is "taken". */
function isEmailClash(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return true;
  }
  return false;
}

/**
 * Uses an invitation. The caller's IP must be within its hourly acceptances, and the link is
 * looked up before any password is hashed: an unknown, used, revoked or expired link, or one
 * whose email already has a login (a login belongs to one practice, so no second one is made),
 * costs no argon2 work. The hash is made outside the row lock, and the link is checked again
 * under the lock before the login is created with the invited name and role.
 */
export async function acceptStaffInvitation(token: string, password: string): Promise<AcceptStaffResult> {
  if (!(await acceptanceAllowed())) return { ok: false, state: "limited" };
  if (typeof token !== "string" || !TOKEN.test(token)) return { ok: false, state: "invalid" };
  const database = await db();
  const byToken = eq(staffInvitations.tokenHash, hashToken(token));
  const [seen] = await database.select().from(staffInvitations).where(byToken);
  const early = closedState(seen);
  if (early) return { ok: false, state: early };
  if (await loginExists(database, seen!.email)) return { ok: false, state: "taken" };
  const passwordHash = await hashPassword(password);
  try {
    return await database.transaction(async (tx): Promise<AcceptStaffResult> => {
      const [invitation] = await tx.select().from(staffInvitations).where(byToken).for("update");
      const closed = closedState(invitation);
      if (closed) return { ok: false, state: closed };
      if (await loginExists(tx, invitation!.email)) return { ok: false, state: "taken" };
      const role = invitation!.role as StaffRole;
      const email = invitation!.email.toLowerCase();
      const [user] = await tx
        .insert(users)
        .values({
          practiceId: invitation!.practiceId,
          email,
          displayName: invitation!.displayName,
          role,
          passwordHash,
        })
        .returning({ id: users.id });
      await tx.update(staffInvitations).set({ usedAt: new Date() }).where(eq(staffInvitations.id, invitation!.id));
      await audit(
        tx,
        { userId: user!.id, role, practiceId: invitation!.practiceId },
        {
          action: "staff.accept",
          objectType: "staff_invitation",
          objectId: invitation!.id,
          outcome: "allowed",
          detail: { role },
        },
      );
      return { ok: true, email, home: homeOf(role) };
    });
  } catch (error) {
    if (isEmailClash(error)) return { ok: false, state: "taken" };
    throw error;
  }
}
