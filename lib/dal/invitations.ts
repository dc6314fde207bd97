// Portal invitations: emailed, single-use, expiring links that create a client's login, or add
// the practice to the login the address already has. Only a client's latest invitation, to their
// current address, works (internal/client-invitations).
import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { clients, invitations, practices, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { audit, auditLinkView } from "./internal/audit";
import {
  closedState,
  completeAcceptance,
  hashToken,
  lockLink,
  peekLink,
  revokeOpenInvitations,
  tokenShaped,
  type ClosedState,
} from "./internal/client-invitations";
import { db } from "./internal/database";
import { deliverPendingEmail, queueEmail } from "./internal/email";
import { acceptanceAllowed } from "./internal/invitation-limiter";
import { clientLoginFor } from "./internal/logins";
import { requestOrigin } from "./internal/request";
import { scopeClient } from "./internal/scope";

/** Invitation links work once and for 72 hours. */
export const INVITATION_HOURS = 72;

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
        `Open this link to set your password, or to sign in if you already use Unknot with another practice (the link works once, for ${INVITATION_HOURS} hours):`,
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

export type { ClosedState } from "./internal/client-invitations";

/**
 * A usable link, with how it is accepted: `set-password` creates the login (or links again an
 * unlinked one); `sign-in` means the address already has a client login, which its owner signs
 * in with to add this practice (lib/dal/invitation-sign-in.ts); `taken`: the address belongs to
 * a staff login or to another client of this practice, so the link cannot be accepted.
 */
export type InvitationState =
  | { state: "valid"; email: string; givenName: string; practiceName: string; accept: "set-password" | "sign-in" }
  | { state: ClosedState | "taken" };

/**
 * What an invitation link shows. Anyone may ask; only a valid token reveals the name. The link's
 * holder, the address's owner, learns whether the address has a login: the inviting practice's
 * staff do not (inviteClient answers the same either way).
 */
export async function checkInvitation(token: string): Promise<InvitationState> {
  const database = await db();
  if (!tokenShaped(token)) return { state: "invalid" };
  const [row] = await database
    .select({
      invitation: invitations,
      clientEmail: clients.email,
      givenName: clients.givenName,
      practiceName: practices.name,
    })
    .from(invitations)
    .innerJoin(clients, eq(clients.id, invitations.clientId))
    .innerJoin(practices, eq(practices.id, invitations.practiceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const closed = closedState(row?.invitation, row?.clientEmail);
  if (row) await auditLinkView(database, row.invitation, "portal.invite_view", closed);
  if (closed) return { state: closed };
  const { invitation, givenName, practiceName } = row!;
  const login = await clientLoginFor(database, invitation.practiceId, invitation.clientId, invitation.email);
  if (login.kind === "taken") return { state: "taken" };
  const accept = login.kind === "client" ? "sign-in" : "set-password";
  return { state: "valid", email: invitation.email, givenName, practiceName, accept };
}

export type AcceptResult =
  { ok: true; email: string } | { ok: false; state: ClosedState | "taken" | "sign-in" | "limited" };

/**
 * Uses an invitation to an address without a login: creates the client's login, for the address
 * the link was sent to, with the chosen password (or links again a login unlinked from its last
 * record) and links it to their record, all under the client's and the invitation's row locks, so
 * a link can be used only once, and not after the client's email changed. An address with a client
 * login is accepted by signing in instead ("sign-in"): a link never sets an existing login's password.
 */
export async function acceptInvitation(token: string, password: string): Promise<AcceptResult> {
  const database = await db();
  if (!(await acceptanceAllowed())) return { ok: false, state: "limited" };
  // A link that cannot be used costs no password hash; the hash is made before the row lock, so
  // the lock is held only for the writes, and the link is checked again under it.
  const seen = await peekLink(database, token);
  if (!seen.ok) return seen;
  const passwordHash = await hashPassword(password);
  return database.transaction(async (tx): Promise<AcceptResult> => {
    const locked = await lockLink(tx, seen.invitation);
    if (!locked.ok) return locked;
    const { invitation, client } = locked;
    const login = await clientLoginFor(tx, invitation.practiceId, client.id, invitation.email, true);
    if (login.kind === "client") return { ok: false, state: "sign-in" };
    if (login.kind === "taken" || client.userId) return { ok: false, state: "taken" };
    const displayName = `${client.givenName} ${client.familyName}`;
    // A login unlinked from its last record is linked again, with the new password and fresh sessions.
    const [user] =
      login.kind === "unlinked"
        ? await tx
            .update(users)
            .set({
              practiceId: invitation.practiceId,
              displayName,
              passwordHash,
              disabled: false,
              sessionVersion: sql`${users.sessionVersion} + 1`,
            })
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
    await completeAcceptance(tx, invitation, user!.id, login.kind === "unlinked" ? { relinked: true } : undefined);
    return { ok: true, email: invitation.email.toLowerCase() };
  });
}
