// The practice's staff, for its admin: who works here, in which role, and whose sessions end.
import "server-only";
import { and, asc, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { practices, sessions, staffInvitations, users } from "@/db/schema";
import { STAFF_ROLES, type StaffRole } from "@/lib/validation/staff";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny, isId } from "./internal/guard";
import type { Viewer } from "./internal/viewer";

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
  /** When they last signed in (their newest session), if ever. */
  lastSignInAt: Date | null;
  /** The admin looking at the page: they cannot disable themselves or change their own role. */
  isYou: boolean;
}

export interface PendingStaffInvitation {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sentAt: Date;
  expiresAt: Date;
}

export interface StaffPage {
  timeZone: string;
  staff: StaffMember[];
  /** Invitations not yet used, revoked or expired, newest first. */
  invitations: PendingStaffInvitation[];
}

/** The staff page: every login of the practice but its clients', and the invitations still open. */
export async function getStaffPage(): Promise<StaffPage> {
  const viewer = await authorize("staff.manage", "staff");
  const database = await db();
  const [members, open] = await Promise.all([
    database
      .select({
        id: users.id,
        name: users.displayName,
        email: users.email,
        role: users.role,
        disabled: users.disabled,
        // A few staff, each with an index-backed look at their sessions: cheap.
        // (Spelled out: drizzle leaves columns of a one-table select unqualified, even in a subquery.)
        lastSignIn: sql`(select max(s.created_at) from sessions s where s.user_id = users.id)`,
      })
      .from(users)
      .where(and(eq(users.practiceId, viewer.practiceId), ne(users.role, "client")))
      .orderBy(asc(users.disabled), asc(users.displayName)),
    database
      .select()
      .from(staffInvitations)
      .where(
        and(
          eq(staffInvitations.practiceId, viewer.practiceId),
          isNull(staffInvitations.usedAt),
          isNull(staffInvitations.revokedAt),
          gt(staffInvitations.expiresAt, new Date()),
        ),
      )
      .orderBy(desc(staffInvitations.createdAt)),
  ]);
  await audit(database, viewer, {
    action: "staff.read",
    objectType: "staff",
    outcome: "allowed",
    detail: { staff: members.length, invitations: open.length },
  });
  return {
    timeZone: viewer.timeZone,
    staff: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role as StaffRole,
      disabled: m.disabled,
      lastSignInAt: m.lastSignIn === null ? null : new Date(m.lastSignIn as string | Date),
      isYou: m.id === viewer.userId,
    })),
    invitations: open.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.displayName,
      role: r.role as StaffRole,
      sentAt: r.createdAt,
      expiresAt: r.expiresAt,
    })),
  };
}

export type StaffCode = "staff.self" | "staff.last-admin";
export type StaffResult = { ok: true } | { ok: false; code: StaffCode };

/**
 * A staff member of the admin's practice, by id. Another practice's user, a client's login and
 * anything that is not an id are all not found, audited.
 */
async function scopeStaffMember(userId: string): Promise<{ viewer: Viewer; memberId: string }> {
  const viewer = await authorize("staff.manage", "user");
  const denial = { action: "staff.manage", objectType: "user", objectId: auditId(userId) };
  if (!isId(userId)) return deny(viewer, denial);
  const database = await db();
  const [member] = await database
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.practiceId, viewer.practiceId), ne(users.role, "client")))
    .limit(1);
  if (!member) return deny(viewer, denial);
  return { viewer, memberId: member.id };
}

/**
 * Changes a staff member's role or state, or only ends their sessions (`change` empty), with its
 * audit row; a change to what already holds (enabling someone enabled) writes nothing. Every
 * change bumps their session version and ends their open sessions, so it takes effect on their
 * very next request. The practice's row is locked first: two admins changing each other at once
 * are serialized, and a practice never loses its last enabled admin.
 */
async function changeStaff(
  viewer: Viewer,
  memberId: string,
  action: string,
  change: { role?: StaffRole; disabled?: boolean },
): Promise<StaffResult> {
  const database = await db();
  return database.transaction(async (tx): Promise<StaffResult> => {
    await tx.select({ id: practices.id }).from(practices).where(eq(practices.id, viewer.practiceId)).for("update");
    const [before] = await tx
      .select({ role: users.role, disabled: users.disabled })
      .from(users)
      .where(eq(users.id, memberId));
    const after = { role: change.role ?? (before!.role as StaffRole), disabled: change.disabled ?? before!.disabled };
    const changes = Object.keys(change).length > 0;
    if (changes && after.role === before!.role && after.disabled === before!.disabled) return { ok: true };
    const wasAdmin = before!.role === "admin" && !before!.disabled;
    const staysAdmin = after.role === "admin" && !after.disabled;
    if (wasAdmin && !staysAdmin) {
      const [others] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(
          and(
            eq(users.practiceId, viewer.practiceId),
            eq(users.role, "admin"),
            eq(users.disabled, false),
            ne(users.id, memberId),
          ),
        );
      if (Number(others!.n) === 0) return { ok: false, code: "staff.last-admin" };
    }
    await tx
      .update(users)
      .set({ ...after, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, memberId));
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "revoked" })
      .where(and(eq(sessions.userId, memberId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    // Someone who may no longer run the practice leaves no invitation of theirs open behind them.
    const revoked =
      wasAdmin && !staysAdmin
        ? await tx
            .update(staffInvitations)
            .set({ revokedAt: new Date() })
            .where(
              and(
                eq(staffInvitations.practiceId, viewer.practiceId),
                eq(staffInvitations.createdBy, memberId),
                isNull(staffInvitations.usedAt),
                isNull(staffInvitations.revokedAt),
              ),
            )
            .returning({ id: staffInvitations.id })
        : [];
    await audit(tx, viewer, {
      action,
      objectType: "user",
      objectId: memberId,
      outcome: "allowed",
      detail: {
        from: { role: before!.role, disabled: before!.disabled },
        to: after,
        sessionsEnded: ended.length,
        ...(revoked.length > 0 ? { invitationsRevoked: revoked.map((r) => r.id) } : {}),
      },
    });
    return { ok: true };
  });
}

/** Disables a staff member (their sessions end at once; sign-in is refused) or enables them again. */
export async function setUserDisabled(userId: string, disabled: boolean): Promise<StaffResult> {
  const { viewer, memberId } = await scopeStaffMember(userId);
  if (memberId === viewer.userId) return { ok: false, code: "staff.self" };
  return changeStaff(viewer, memberId, disabled === true ? "staff.disable" : "staff.enable", {
    disabled: disabled === true,
  });
}

/** Gives a staff member another staff role; they sign in again to work in it. */
export async function changeRole(userId: string, role: StaffRole): Promise<StaffResult> {
  const { viewer, memberId } = await scopeStaffMember(userId);
  if (memberId === viewer.userId) return { ok: false, code: "staff.self" };
  // The schema decides the role before this is called; a raw call with anything else changes nothing.
  if (!STAFF_ROLES.includes(role)) {
    return deny(viewer, { action: "staff.manage", objectType: "user", objectId: memberId });
  }
  return changeStaff(viewer, memberId, "staff.role", { role });
}

/** Ends every session of a staff member (a lost phone, a shared computer); their own included. */
export async function endSessions(userId: string): Promise<StaffResult> {
  const { viewer, memberId } = await scopeStaffMember(userId);
  return changeStaff(viewer, memberId, "staff.end-sessions", {});
}
