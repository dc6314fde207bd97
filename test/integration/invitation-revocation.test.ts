import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, invitations, outbox, users } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { updateClient } from "@/lib/dal/client-records";
import { getViewer } from "@/lib/dal/internal/viewer";
import { acceptInvitation, checkInvitation, inviteClient } from "@/lib/dal/invitations";
import { getPortalToday } from "@/lib/dal/portal";
import { revokeClientInvitation, unlinkPortalLogin } from "@/lib/dal/portal-access";
import { verifySignIn } from "@/lib/dal/sign-in";
import type { ClientInput } from "@/lib/validation/client";
import { auditRows, createPractice, newClient, NOT_FOUND, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

// Issue 12, finding 1: a client created with a mistyped address, invited, corrected and invited
// again had two working links, and the first made a login for the mistyped address on the
// client's record. Only the latest invitation, to the client's current address, may work.

let here: Awaited<ReturnType<typeof createPractice>>;
let there: Awaited<ReturnType<typeof createPractice>>;
const PORTAL_PASSWORD = "a-good-long-password";

beforeAll(async () => {
  here = await createPractice("Revocation");
  there = await createPractice("Elsewhere");
});

const details = (email: string | null): ClientInput => ({
  givenName: "Maya",
  familyName: "Typo",
  dateOfBirth: null,
  email,
  phone: null,
  primaryTherapistId: here.therapist.id,
});

/** The links emailed to `email`, oldest first. */
async function tokensSentTo(email: string) {
  const db = await testDb();
  const messages = await db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(asc(outbox.createdAt));
  return messages.map((m) => m.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!);
}

async function loginsFor(email: string) {
  const db = await testDb();
  return db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
}

async function invitationsOf(clientId: string) {
  const db = await testDb();
  return db.select().from(invitations).where(eq(invitations.clientId, clientId)).orderBy(asc(invitations.createdAt));
}

describe("an earlier invitation link stops working", () => {
  it("when the client is invited again", async () => {
    await signInAs(here.therapist);
    const clientId = await newClient(details("maya.again@example.test"));
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: "maya.again@example.test" });
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: "maya.again@example.test" });
    const [first, second] = await tokensSentTo("maya.again@example.test");
    expect(await checkInvitation(first!)).toEqual({ state: "revoked" });
    expect(await checkInvitation(second!)).toMatchObject({ state: "valid" });
    expect(await acceptInvitation(first!, PORTAL_PASSWORD)).toEqual({ ok: false, state: "revoked" });
    expect(await loginsFor("maya.again@example.test")).toEqual([]);

    const [old, latest] = await invitationsOf(clientId);
    expect(old!.revokedAt).not.toBeNull();
    expect(latest!.revokedAt).toBeNull();
    const invited = (await auditRows(latest!.id)).filter((r) => r.action === "portal.invite");
    expect(invited.map((r) => r.detail)).toEqual([{ clientId, revoked: [old!.id] }]);
    // The latest link still works, for its own address.
    expect(await acceptInvitation(second!, PORTAL_PASSWORD)).toEqual({ ok: true, email: "maya.again@example.test" });
  });

  it("when the client's email is corrected: the old link is revoked, the new one makes the right login", async () => {
    await signInAs(here.therapist);
    const typo = "maya@exmaple.test";
    const fixed = "maya@example.test";
    const clientId = await newClient(details(typo));
    await inviteClient(clientId);
    const [stale] = await tokensSentTo(typo);
    expect((await getClientOverview(clientId)).invitations).toMatchObject([{ email: typo }]);

    expect(await updateClient(clientId, details(fixed))).toEqual({ ok: true, id: clientId });
    expect(await checkInvitation(stale!)).toEqual({ state: "revoked" });
    expect(await acceptInvitation(stale!, PORTAL_PASSWORD)).toEqual({ ok: false, state: "revoked" });
    expect(await loginsFor(typo)).toEqual([]);
    expect((await getClientOverview(clientId)).invitations).toEqual([]);
    const [revoked] = await invitationsOf(clientId);
    const update = (await auditRows(clientId)).filter((r) => r.action === "client.update").at(-1)!;
    expect(update.detail).toEqual({ emailChanged: true, invitationsRevoked: [revoked!.id] });

    // Saving the details again with the same address (in another case) revokes nothing.
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: fixed });
    await updateClient(clientId, { ...details("MAYA@example.test"), phone: "+44 7700 900123" });
    const [fresh] = await tokensSentTo(fixed);
    expect(await checkInvitation(fresh!)).toEqual({
      state: "valid",
      email: fixed,
      givenName: "Maya",
      practiceName: "Revocation",
      accept: "set-password",
    });
    expect(await acceptInvitation(fresh!, PORTAL_PASSWORD)).toEqual({ ok: true, email: fixed });
    const [login] = await loginsFor(fixed);
    const db = await testDb();
    const [record] = await db.select().from(clients).where(eq(clients.id, clientId));
    expect(record!.userId).toBe(login!.id);
  });

  it("is bound to the address it was sent to, even where the change revoked nothing", async () => {
    // A link sent before revocation existed, to an address the record no longer has.
    await signInAs(here.therapist);
    const clientId = await newClient(details("maya.bound@exmaple.test"));
    await inviteClient(clientId);
    const [token] = await tokensSentTo("maya.bound@exmaple.test");
    const db = await testDb();
    await db.update(clients).set({ email: "maya.bound@example.test" }).where(eq(clients.id, clientId));
    expect(await checkInvitation(token!)).toEqual({ state: "revoked" });
    expect(await acceptInvitation(token!, PORTAL_PASSWORD)).toEqual({ ok: false, state: "revoked" });
    expect((await getClientOverview(clientId)).invitations).toEqual([]);
    expect(await loginsFor("maya.bound@exmaple.test")).toEqual([]);
  });
});

describe("staff see and revoke pending invitations", () => {
  it("the client page lists each open link; Revoke stops it, audited, once", async () => {
    await signInAs(here.therapist);
    const clientId = await newClient(details("maya.revoke@example.test"));
    await inviteClient(clientId);
    const [token] = await tokensSentTo("maya.revoke@example.test");
    const [pending] = (await getClientOverview(clientId)).invitations;
    expect(pending).toEqual({
      id: expect.any(String),
      email: "maya.revoke@example.test",
      sentAt: expect.any(Date),
      expiresAt: expect.any(Date),
    });
    expect(pending!.expiresAt.getTime() - pending!.sentAt.getTime()).toBeCloseTo(72 * 3_600_000, -4);

    // Only clinicians of the practice: the front desk and another practice get not-found, audited.
    await signInAs(here.frontDesk);
    await expect(revokeClientInvitation(pending!.id)).rejects.toThrow(NOT_FOUND);
    await signInAs(there.therapist);
    await expect(revokeClientInvitation(pending!.id)).rejects.toThrow(NOT_FOUND);
    await expect(revokeClientInvitation("not-an-id")).rejects.toThrow(NOT_FOUND);
    expect(await checkInvitation(token!)).toMatchObject({ state: "valid" });
    const denied = (await auditRows(pending!.id)).filter((r) => r.outcome === "denied");
    expect(denied.map((r) => [r.action, r.actorId])).toEqual([
      ["invitation.revoke", here.frontDesk.id],
      ["invitation.revoke", there.therapist.id],
    ]);

    await signInAs(here.admin);
    expect(await revokeClientInvitation(pending!.id)).toEqual({ ok: true });
    expect(await revokeClientInvitation(pending!.id)).toEqual({ ok: false, code: "invitation.closed" });
    expect(await checkInvitation(token!)).toEqual({ state: "revoked" });
    expect(await acceptInvitation(token!, PORTAL_PASSWORD)).toEqual({ ok: false, state: "revoked" });
    expect((await getClientOverview(clientId)).invitations).toEqual([]);
    const allowed = (await auditRows(pending!.id)).filter(
      (r) => r.action === "invitation.revoke" && r.outcome === "allowed",
    );
    expect(allowed).toMatchObject([{ actorId: here.admin.id, objectType: "invitation", detail: { clientId } }]);
  });
});

describe("unlinking a portal login", () => {
  it("ends its sessions, refuses its sign-in and keeps it from the record; audited", async () => {
    await signInAs(here.therapist);
    const email = "maya.unlink@example.test";
    const clientId = await newClient(details(email));
    await inviteClient(clientId);
    const [token] = await tokensSentTo(email);
    expect(await acceptInvitation(token!, PORTAL_PASSWORD)).toEqual({ ok: true, email });
    const signedIn = await verifySignIn(email, PORTAL_PASSWORD);
    if (!signedIn.ok) throw new Error("sign-in failed");
    currentRequest.claims = signedIn.claims;
    expect((await getPortalToday()).me.givenName).toBe("Maya");
    const [login] = await loginsFor(email);

    await signInAs(here.therapist);
    expect((await getClientOverview(clientId)).details).toMatchObject({
      hasPortalLogin: true,
      portalLoginEmail: email,
    });
    // The front desk and another practice may not.
    await signInAs(here.frontDesk);
    await expect(unlinkPortalLogin(clientId)).rejects.toThrow(NOT_FOUND);
    await signInAs(there.admin);
    await expect(unlinkPortalLogin(clientId)).rejects.toThrow(NOT_FOUND);

    await signInAs(here.therapist);
    expect(await unlinkPortalLogin(clientId)).toEqual({ ok: true });
    expect(await unlinkPortalLogin(clientId)).toEqual({ ok: false, code: "login.not-linked" });
    expect((await getClientOverview(clientId)).details).toMatchObject({
      hasPortalLogin: false,
      portalLoginEmail: null,
    });
    const unlinked = (await auditRows(clientId)).filter((r) => r.action === "login.unlink");
    expect(unlinked.map((r) => [r.outcome, r.actorId])).toEqual([
      ["denied", here.frontDesk.id],
      ["denied", there.admin.id],
      ["allowed", here.therapist.id],
    ]);
    expect(unlinked[2]!.detail).toEqual({ userId: login!.id, email, sessionsEnded: 1, disabled: true });

    // The client's open session ends on its next request; sign-in is refused; the portal too.
    currentRequest.claims = signedIn.claims;
    expect(await getViewer()).toBeNull();
    currentRequest.ip = "198.51.100.201";
    expect(await verifySignIn(email, PORTAL_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const db = await testDb();
    await db.update(users).set({ disabled: false }).where(eq(users.id, login!.id));
    // Even re-enabled by hand, the login is on no record: it has nothing to open, and sign-in says so.
    expect(await verifySignIn(email, PORTAL_PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    // A new invitation to another address gives the client a new login.
    await signInAs(here.therapist);
    await updateClient(clientId, details("maya.new@example.test"));
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: "maya.new@example.test" });
  });

  it("an invitation to the unlinked address links that login again, with the new password", async () => {
    await signInAs(here.therapist);
    const email = "maya.relink@example.test";
    const clientId = await newClient(details(email));
    await inviteClient(clientId);
    expect(await acceptInvitation((await tokensSentTo(email)).at(-1)!, PORTAL_PASSWORD)).toEqual({ ok: true, email });
    const old = await verifySignIn(email, PORTAL_PASSWORD);
    if (!old.ok) throw new Error("sign-in failed");
    expect(await unlinkPortalLogin(clientId)).toEqual({ ok: true });

    await signInAs(here.therapist);
    expect(await inviteClient(clientId)).toEqual({ ok: true, email });
    const token = (await tokensSentTo(email)).at(-1)!;
    expect(await acceptInvitation(token, "a-brand-new-password")).toEqual({ ok: true, email });
    const logins = await loginsFor(email);
    expect(logins).toHaveLength(1);
    expect(logins[0]!.disabled).toBe(false);
    const db = await testDb();
    const [record] = await db.select().from(clients).where(eq(clients.id, clientId));
    expect(record!.userId).toBe(logins[0]!.id);
    const accepted = (await auditRows((await invitationsOf(clientId)).at(-1)!.id)).find(
      (r) => r.action === "portal.accept",
    );
    expect(accepted!.detail).toEqual({ relinked: true });

    // The old password and the old session are gone; the new password opens the portal.
    currentRequest.claims = old.claims;
    expect(await getViewer()).toBeNull();
    currentRequest.ip = "198.51.100.202";
    expect(await verifySignIn(email, PORTAL_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const fresh = await verifySignIn(email, "a-brand-new-password");
    if (!fresh.ok) throw new Error("sign-in failed");
    currentRequest.claims = fresh.claims;
    expect((await getPortalToday()).me.givenName).toBe("Maya");
  });
});
