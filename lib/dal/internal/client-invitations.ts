// A client's portal invitations: which are open, and revoking them.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { invitations } from "@/db/schema";
import type { Db } from "@/db/client";

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
