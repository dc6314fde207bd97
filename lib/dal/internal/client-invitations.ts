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

type LinkRow = typeof invitations.$inferSelect;
type ClientRow = typeof clients.$inferSelect;

/**
 * The first look at a link someone is accepting, before any password work: a link that cannot
 * be used costs no hash. The caller checks it again under the row locks (`lockLink`).
 */
export async function peekLink(
  executor: Pick<Db, "select">,
  token: string,
): Promise<{ ok: true; invitation: LinkRow } | { ok: false; state: ClosedState }> {
  if (!tokenShaped(token)) return { ok: false, state: "invalid" };
  const [seen] = await executor
    .select({ invitation: invitations, clientEmail: clients.email })
    .from(invitations)
    .innerJoin(clients, eq(clients.id, invitations.clientId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const closed = closedState(seen?.invitation, seen?.clientEmail);
  return closed ? { ok: false, state: closed } : { ok: true, invitation: seen!.invitation };
}

/**
 * Takes the client's row lock, then the link's (the order a change of email takes them in), and
 * checks the link again under them: it is used once, and never after the client's email changed.
 */
export async function lockLink(
  tx: Pick<Db, "select">,
  seen: LinkRow,
): Promise<{ ok: true; invitation: LinkRow; client: ClientRow } | { ok: false; state: ClosedState }> {
  const [client] = await tx.select().from(clients).where(eq(clients.id, seen.clientId)).for("update");
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.id, seen.id)).for("update");
  const refused = closedState(invitation, client?.email);
  if (refused || !invitation || !client) return { ok: false, state: refused ?? "invalid" };
  return { ok: true, invitation, client };
}
