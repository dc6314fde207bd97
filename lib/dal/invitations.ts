// Portal invitations: emailed, single-use, expiring links that create a client's login.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { clients, invitations, practices, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { deliverPendingEmail, queueEmail } from "./internal/email";
import { acceptanceAllowed } from "./internal/invitation-limiter";
import { loginExists } from "./internal/logins";
import { requestOrigin } from "./internal/request";
import { scopeClient } from "./internal/scope";

/** Invitation links work once and for 72 hours. */
export const INVITATION_HOURS = 72;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type InviteResult =
  { ok: true; email: string } | { ok: false; code: "invite.no-email" | "invite.has-login" | "invite.email-taken" };

/** Emails the client a single-use link to set their portal password. */
export async function inviteClient(clientId: string): Promise<InviteResult> {
  const { viewer, client, database } = await scopeClient("portal.invite", clientId);
  if (!client.email) return { ok: false, code: "invite.no-email" };
  if (client.userId) return { ok: false, code: "invite.has-login" };
  if (await loginExists(database, client.email)) return { ok: false, code: "invite.email-taken" };
  const [practice] = await database
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, viewer.practiceId));
  const practiceName = practice!.name;
  const token = randomBytes(32).toString("base64url");
  const link = `${await requestOrigin()}/invite/${token}`;
  await database.transaction(async (tx) => {
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
      detail: { clientId },
    });
  });
  await deliverPendingEmail();
  return { ok: true, email: client.email };
}

export type InvitationState =
  { state: "valid"; email: string; givenName: string } | { state: "invalid" | "expired" | "used" };

/** What an invitation link shows. Anyone may ask; only a valid token reveals the name. */
export async function checkInvitation(token: string): Promise<InvitationState> {
  const database = await db();
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "invalid" };
  const [row] = await database
    .select({
      email: invitations.email,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      givenName: clients.givenName,
    })
    .from(invitations)
    .innerJoin(clients, eq(clients.id, invitations.clientId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return { state: "invalid" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt.getTime() <= Date.now()) return { state: "expired" };
  return { state: "valid", email: row.email, givenName: row.givenName };
}

export type AcceptResult =
  { ok: true; email: string } | { ok: false; state: "invalid" | "expired" | "used" | "taken" | "limited" };

/**
 * Uses an invitation: creates the client's login with the chosen password and links it to
 * their record, all under the invitation's row lock, so a link can be used only once.
 */
export async function acceptInvitation(token: string, password: string): Promise<AcceptResult> {
  const database = await db();
  if (!(await acceptanceAllowed())) return { ok: false, state: "limited" };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, state: "invalid" };
  // A link that cannot be used costs no password hash; the hash is made before the row lock, so
  // the lock is held only for the writes, and the link is checked again under it.
  const unusable = (invitation: typeof invitations.$inferSelect | undefined): AcceptResult | null => {
    if (!invitation) return { ok: false, state: "invalid" };
    if (invitation.usedAt) return { ok: false, state: "used" };
    if (invitation.expiresAt.getTime() <= Date.now()) return { ok: false, state: "expired" };
    return null;
  };
  const byToken = eq(invitations.tokenHash, hashToken(token));
  const [seen] = await database.select().from(invitations).where(byToken);
  const early = unusable(seen);
  if (early) return early;
  const passwordHash = await hashPassword(password);
  return database.transaction(async (tx): Promise<AcceptResult> => {
    const [invitation] = await tx.select().from(invitations).where(byToken).for("update");
    const refused = unusable(invitation);
    if (refused || !invitation) return refused ?? { ok: false, state: "invalid" };
    const [client] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.id, invitation.clientId), isNull(clients.userId)))
      .for("update");
    if (!client || (await loginExists(tx, invitation.email))) return { ok: false, state: "taken" };
    const [user] = await tx
      .insert(users)
      .values({
        practiceId: invitation.practiceId,
        email: invitation.email.toLowerCase(),
        displayName: `${client.givenName} ${client.familyName}`,
        role: "client",
        passwordHash,
      })
      .returning({ id: users.id });
    await tx.update(clients).set({ userId: user!.id, updatedAt: new Date() }).where(eq(clients.id, client.id));
    await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, invitation.id));
    await audit(
      tx,
      { userId: user!.id, role: "client", practiceId: invitation.practiceId },
      { action: "portal.accept", objectType: "invitation", objectId: invitation.id, outcome: "allowed" },
    );
    return { ok: true, email: invitation.email.toLowerCase() };
  });
}
