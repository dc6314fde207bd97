// Portal invitations: emailed, single-use, expiring links that create a client's login. Only a
// client's latest invitation, to their current address, works (internal/client-invitations).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { clients, invitations, practices, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { audit, auditLinkView } from "./internal/audit";
import { revokeOpenInvitations, sameEmail } from "./internal/client-invitations";
import { db } from "./internal/database";
import { deliverPendingEmail, queueEmail } from "./internal/email";
import { acceptanceAllowed } from "./internal/invitation-limiter";
import { clientLoginFor } from "./internal/logins";
import { requestOrigin } from "./internal/request";
import { scopeClient } from "./internal/scope";

/** Invitation links work once and for 72 hours. */
export const INVITATION_HOURS = 72;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type InviteResult = { ok: true; email: string } | { ok: false; code: "invite.no-email" | "invite.has-login" };

/**
 * Emails the client a single-use link to set their portal password. The client's earlier open
 * invitations are revoked in the same transaction: only the newest link works.
 *
 * Whether the address already has a login somewhere does not change the answer or the email
 * (issue 12, finding 2): staff of one practice must not learn who has a login at another.
 * Accepting the link tells its holder, the address's owner, that the address is taken.
 */
export async function inviteClient(clientId: string): Promise<InviteResult> {
  const { viewer, client, database } = await scopeClient("portal.invite", clientId);
  if (!client.email) return { ok: false, code: "invite.no-email" };
  if (client.userId) return { ok: false, code: "invite.has-login" };
  const [practice] = await database
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, viewer.practiceId));
  const practiceName = practice!.name;
  const token = randomBytes(32).toString("base64url");
  const link = `${await requestOrigin()}/invite/${token}`;
  await database.transaction(async (tx) => {
    const revoked = await revokeOpenInvitations(tx, viewer.practiceId, clientId);
    const [invitation] = await tx
      .insert(invitations)
      .values({
        practiceId: viewer.practiceId,
        clientId,
        email: client.email!,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
        createdBy: viewer.userId,
      })
      .returning({ id: invitations.id });
    await queueEmail(tx, viewer.practiceId, {
      to: client.email!,
      subject: `Your home plan at ${practiceName}`,
      body: [
        `Hello ${client.givenName},`,
        "",
        `${viewer.displayName} has invited you to the Unknot portal, where you can follow your home plan, tick off exercises and log your pain.`,
        "",
        `Set your password here (the link works once, for ${INVITATION_HOURS} hours):`,
        link,
        "",
        practiceName,
      ].join("\n"),
    });
    await audit(tx, viewer, {
      action: "portal.invite",
      objectType: "invitation",
      objectId: invitation!.id,
      outcome: "allowed",
      detail: { clientId, revoked },
    });
  });
  await deliverPendingEmail();
  return { ok: true, email: client.email };
}

/** Why a link cannot be used. Revoked: a newer invitation, a changed email, or staff withdrew it. */
export type ClosedState = "invalid" | "expired" | "used" | "revoked";
export type InvitationState = { state: "valid"; email: string; givenName: string } | { state: ClosedState };

/**
 * Whether an invitation (with its client's current email) can no longer be used. A link is bound
 * to the address it was sent to: once the client's email is another, it is revoked whether or
 * not the change revoked it (links sent before revocation existed).
 */
function closedState(
  invitation: typeof invitations.$inferSelect | undefined,
  clientEmail: string | null | undefined,
): ClosedState | null {
  if (!invitation) return "invalid";
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt || !sameEmail(invitation.email, clientEmail)) return "revoked";
  if (invitation.expiresAt.getTime() <= Date.now()) return "expired";
  return null;
}

/** What an invitation link shows. Anyone may ask; only a valid token reveals the name. */
export async function checkInvitation(token: string): Promise<InvitationState> {
  const database = await db();
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "invalid" };
  const [row] = await database
    .select({ invitation: invitations, clientEmail: clients.email, givenName: clients.givenName })
    .from(invitations)
    .innerJoin(clients, eq(clients.id, invitations.clientId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const closed = closedState(row?.invitation, row?.clientEmail);
  if (row) await auditLinkView(database, row.invitation, "portal.invite_view", closed);
  if (closed) return { state: closed };
  return { state: "valid", email: row!.invitation.email, givenName: row!.givenName };
}

export type AcceptResult = { ok: true; email: string } | { ok: false; state: ClosedState | "taken" | "limited" };

/**
 * Uses an invitation: creates the client's login, for the address the link was sent to, with the
 * chosen password (or links again the login unlinked from the practice's record at that address)
 * and links it to their record, all under the client's and the invitation's row locks, so a link
 * can be used only once, and not after the client's email changed.
 */
export async function acceptInvitation(token: string, password: string): Promise<AcceptResult> {
  const database = await db();
  if (!(await acceptanceAllowed())) return { ok: false, state: "limited" };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, state: "invalid" };
  // A link that cannot be used costs no password hash; the hash is made before the row lock, so
  // the lock is held only for the writes, and the link is checked again under it.
  const byToken = eq(invitations.tokenHash, hashToken(token));
  const [seen] = await database
    .select({ invitation: invitations, clientEmail: clients.email })
    .from(invitations)
    .innerJoin(clients, eq(clients.id, invitations.clientId))
    .where(byToken);
  const early = closedState(seen?.invitation, seen?.clientEmail);
  if (early) return { ok: false, state: early };
  const passwordHash = await hashPassword(password);
  return database.transaction(async (tx): Promise<AcceptResult> => {
    // The client's row first, then the link's: the order a change of email takes them in.
    const [client] = await tx.select().from(clients).where(eq(clients.id, seen!.invitation.clientId)).for("update");
    const [invitation] = await tx.select().from(invitations).where(byToken).for("update");
    const refused = closedState(invitation, client?.email);
    if (refused || !invitation || !client) return { ok: false, state: refused ?? "invalid" };
    const login = client.userId ? null : await clientLoginFor(tx, invitation.practiceId, invitation.email, true);
    if (!login || login.kind === "taken") return { ok: false, state: "taken" };
    const displayName = `${client.givenName} ${client.familyName}`;
    // A login unlinked from a record is linked again, with the new password and fresh sessions.
    const [user] =
      login.kind === "unlinked"
        ? await tx
            .update(users)
            .set({ displayName, passwordHash, disabled: false, sessionVersion: sql`${users.sessionVersion} + 1` })
            .where(eq(users.id, login.id))
            .returning({ id: users.id })
        : await tx
            .insert(users)
            .values({
              practiceId: invitation.practiceId,
              email: invitation.email.toLowerCase(),
              displayName,
              role: "client",
              passwordHash,
            })
            .returning({ id: users.id });
    await tx.update(clients).set({ userId: user!.id, updatedAt: new Date() }).where(eq(clients.id, client.id));
    await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, invitation.id));
    await audit(
      tx,
      { userId: user!.id, role: "client", practiceId: invitation.practiceId },
      {
        action: "portal.accept",
        objectType: "invitation",
        objectId: invitation.id,
        outcome: "allowed",
        ...(login.kind === "unlinked" ? { detail: { relinked: true } } : {}),
      },
    );
    return { ok: true, email: invitation.email.toLowerCase() };
  });
}
