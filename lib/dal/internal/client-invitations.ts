// A client's portal invitations: which are open, revoking them, and whether a link still works.
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { clients, invitations } from "@/db/schema";
import type { Db } from "@/db/client";
import { audit } from "./audit";

/** Links carry a random token; the table keeps only its SHA-256 hash. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token as the links carry it; anything else is "invalid" before any lookup. */
export const tokenShaped = (token: string) => /^[A-Za-z0-9_-]{20,100}$/.test(token);

/** A client's invitations whose links could still be used: not used, not revoked (expired or not). */
export const openInvitationsOf = (practiceId: string, clientId: string) =>
  and(
    eq(invitations.practiceId, practiceId),
    eq(invitations.clientId, clientId),
    isNull(invitations.usedAt),
    isNull(invitations.revokedAt),
  );

/**
 * Revokes every open invitation of a client, in the caller's transaction, and returns their
 * ids for its audit row. Only a client's latest invitation, sent to their current address, may
 * work: an earlier link (to a mistyped address, say) would otherwise create a login for whoever
 * reads that mailbox, with the client's whole portal.
 */
export async function revokeOpenInvitations(
  tx: Pick<Db, "update">,
  practiceId: string,
  clientId: string,
): Promise<string[]> {
  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(openInvitationsOf(practiceId, clientId))
    .returning({ id: invitations.id });
  return revoked.map((r) => r.id);
}

/** Emails compared as the app stores logins: case does not matter. */
export const sameEmail = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

/** Why a link cannot be used. Revoked: a newer invitation, a changed email, or staff withdrew it. */
export type ClosedState = "invalid" | "expired" | "used" | "revoked";

/**
 * Whether an invitation (with its client's current email) can no longer be used. A link is bound
 * to the address it was sent to: once the client's email is another, it is revoked whether or
 * not the change revoked it (links sent before revocation existed).
 */
export function closedState(
  invitation: typeof invitations.$inferSelect | undefined,
  clientEmail: string | null | undefined,
): ClosedState | null {
  if (!invitation) return "invalid";
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt || !sameEmail(invitation.email, clientEmail)) return "revoked";
  if (invitation.expiresAt.getTime() <= Date.now()) return "expired";
  return null;
}

/**
 * The last writes of an accepted invitation, in its transaction: the record linked to the login,
 * the link used, and the acceptance audited in the inviting practice's trail.
 */
export async function completeAcceptance(
  tx: Pick<Db, "update" | "insert">,
  invitation: { id: string; practiceId: string; clientId: string },
  userId: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  await tx.update(clients).set({ userId, updatedAt: new Date() }).where(eq(clients.id, invitation.clientId));
  await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, invitation.id));
  await audit(
    tx,
    { userId, role: "client", practiceId: invitation.practiceId },
    { action: "portal.accept", objectType: "invitation", objectId: invitation.id, outcome: "allowed", detail },
  );
}
