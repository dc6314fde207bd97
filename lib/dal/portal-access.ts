// Who can reach a client's portal, for the clinicians: withdrawing an invitation link, and
// unlinking a portal login from the record.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { clients, invitations, sessions, users } from "@/db/schema";
import { audit } from "./internal/audit";
import { openInvitationsOf } from "./internal/client-invitations";
import { scopeChild, scopeClient } from "./internal/scope";

export type RevokeInvitationResult = { ok: true } | { ok: false; code: "invitation.closed" };

/** Revokes one open invitation of a client: its link stops working at once. */
export async function revokeClientInvitation(invitationId: string): Promise<RevokeInvitationResult> {
  const { viewer, row, database } = await scopeChild("invitation.revoke", "invitation", invitationId);
  return database.transaction(async (tx): Promise<RevokeInvitationResult> => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, row.id), openInvitationsOf(viewer.practiceId, row.clientId)))
      .returning({ id: invitations.id });
    if (!revoked) return { ok: false, code: "invitation.closed" };
    await audit(tx, viewer, {
      action: "invitation.revoke",
      objectType: "invitation",
      objectId: row.id,
      outcome: "allowed",
      detail: { clientId: row.clientId },
    });
    return { ok: true };
  });
}

export type UnlinkResult = { ok: true } | { ok: false; code: "login.not-linked" };

/**
 * Unlinks the client's portal login from their record (a login made for a wrong address, a
 * shared device, a client who should no longer see their plan). The login can no longer reach
 * the record: its sessions in this practice end, so it is refused on its very next request. A
 * login on no other record is also disabled (refused at sign-in) with its session version bumped;
 * one that another practice linked keeps working there, since this practice's staff decide only
 * about their own record. A new invitation (to another address) may then link a new login.
 */
export async function unlinkPortalLogin(clientId: string): Promise<UnlinkResult> {
  const { viewer, database } = await scopeClient("login.unlink", clientId);
  return database.transaction(async (tx): Promise<UnlinkResult> => {
    const ofPractice = and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId));
    const [client] = await tx.select({ userId: clients.userId }).from(clients).where(ofPractice).for("update");
    const userId = client?.userId;
    if (!userId) return { ok: false, code: "login.not-linked" };
    await tx.update(clients).set({ userId: null, updatedAt: new Date() }).where(ofPractice);
    const [elsewhere] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.userId, userId)).limit(1);
    const [login] = elsewhere
      ? await tx.select({ email: users.email }).from(users).where(eq(users.id, userId))
      : await tx
          .update(users)
          .set({ disabled: true, sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(and(eq(users.id, userId), eq(users.role, "client")))
          .returning({ email: users.email });
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "revoked" })
      .where(and(eq(sessions.userId, userId), eq(sessions.practiceId, viewer.practiceId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    await audit(tx, viewer, {
      action: "login.unlink",
      objectType: "client",
      objectId: clientId,
      outcome: "allowed",
      detail: { userId, email: login?.email ?? null, sessionsEnded: ended.length, disabled: !elsewhere },
    });
    return { ok: true };
  });
}
