import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, clients, outbox, sessions, users } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { myPractices, switchPractice } from "@/lib/dal/client-practices";
import { getViewer } from "@/lib/dal/internal/viewer";
import { acceptInvitationBySignIn } from "@/lib/dal/invitation-sign-in";
import { acceptInvitation, checkInvitation, inviteClient } from "@/lib/dal/invitations";
import { getPortalToday } from "@/lib/dal/portal";
import { unlinkPortalLogin } from "@/lib/dal/portal-access";
import { verifySignIn } from "@/lib/dal/sign-in";
import { createPractice, newClient, NOT_FOUND, PASSWORD, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

// Issue 12, finding 2: a person may be a client of two practices. An invitation to an address that
// already has a client login is accepted by signing in with it (never by choosing a new password),
// the login then reaches one record per practice, and the session works in one practice at a time.

let first: Awaited<ReturnType<typeof createPractice>>;
let second: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  first = await createPractice("First");
  second = await createPractice("Second");
});

/** The newest invitation link emailed to `email`. */
async function latestTokenTo(email: string): Promise<string> {
  const db = await testDb();
  const sent = await db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(asc(outbox.createdAt));
  return sent.at(-1)!.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
}

/** The second practice's record of the first practice's client Ana, with her address, invited. */
async function secondRecordInvited(): Promise<{ recordId: string; token: string; email: string }> {
  const email = first.clientA.login.email;
  await signInAs(second.therapist);
  const recordId = await newClient({ givenName: "Ana", familyName: "Second", email });
  // Staff hear what any invitation answers: nothing says the address has a login.
  expect(await inviteClient(recordId)).toEqual({ ok: true, email });
  return { recordId, token: await latestTokenTo(email), email };
}

describe("a client of two practices", () => {
  it("accepts the second practice's invitation by signing in, then switches between the practices", async () => {
    const { recordId, token, email } = await secondRecordInvited();
    const db = await testDb();
    const [before] = await db.select().from(users).where(eq(users.email, email));

    // The link's page asks for the existing login's password; a new password is refused, unwritten.
    currentRequest.claims = null;
    expect(await checkInvitation(token)).toMatchObject({ state: "valid", accept: "sign-in", practiceName: "Second" });
    expect(await acceptInvitation(token, "a-takeover-password")).toEqual({ ok: false, state: "sign-in" });
    expect(await acceptInvitationBySignIn(token, "not-her-password")).toEqual({
      ok: false,
      state: "invalid-password",
    });
    const [unchanged] = await db.select().from(users).where(eq(users.email, email));
    expect(unchanged!.passwordHash).toBe(before!.passwordHash);
    expect((await db.select().from(clients).where(eq(clients.id, recordId)))[0]!.userId).toBeNull();

    const accepted = await acceptInvitationBySignIn(token, PASSWORD);
    if (!accepted.ok) throw new Error(`not accepted: ${accepted.state}`);
    expect(accepted.claims.practiceId).toBe(second.practice.id);
    expect((await db.select().from(clients).where(eq(clients.id, recordId)))[0]!.userId).toBe(before!.id);
    expect(await acceptInvitationBySignIn(token, PASSWORD)).toEqual({ ok: false, state: "used" });

    // The session works in the second practice, as the second record.
    currentRequest.claims = accepted.claims;
    expect((await getViewer())!.clientId).toBe(recordId);
    expect((await getPortalToday()).me.practiceName).toBe("Second");
    expect((await myPractices()).map((p) => [p.name, p.current])).toEqual([
      ["First", false],
      ["Second", true],
    ]);

    // Switching moves the session, audited in both practices' trails; an unlinked practice is not found.
    await switchPractice(first.practice.id);
    expect((await getViewer())!.clientId).toBe(first.clientA.record.id);
    expect((await getPortalToday()).me.practiceName).toBe("First");
    const switched = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "portal.switch_practice"), eq(auditEvents.objectId, accepted.claims.sessionId)),
      );
    expect(switched.map((r) => [r.practiceId, r.detail]).sort()).toEqual(
      [
        [first.practice.id, { from: second.practice.id }],
        [second.practice.id, { to: first.practice.id }],
      ].sort(),
    );
    await expect(switchPractice(randomUUID())).rejects.toThrow(NOT_FOUND);
    await expect(switchPractice("not-an-id")).rejects.toThrow(NOT_FOUND);

    // The second practice's staff see which login reaches their record, though another practice made it.
    const session = currentRequest.claims;
    await signInAs(second.therapist);
    expect((await getClientOverview(recordId)).details).toMatchObject({
      hasPortalLogin: true,
      portalLoginEmail: email,
    });
    currentRequest.claims = session;

    // A new sign-in starts in the practice used last.
    const again = await verifySignIn(email, PASSWORD);
    expect(again.ok && again.claims.practiceId).toBe(first.practice.id);

    // The second practice unlinks its record: its sessions end, the login keeps the first practice.
    currentRequest.claims = null;
    await signInAs(second.therapist);
    expect(await unlinkPortalLogin(recordId)).toEqual({ ok: true });
    const [login] = await db.select().from(users).where(eq(users.email, email));
    expect(login!.disabled).toBe(false);
    const inSecond = await verifySignIn(email, PASSWORD);
    if (!inSecond.ok) throw new Error("sign-in failed");
    currentRequest.claims = inSecond.claims;
    expect((await myPractices()).map((p) => p.name)).toEqual(["First"]);
    expect((await getPortalToday()).me.practiceName).toBe("First");
  });

  it("a session in a practice that unlinked the record ends on its next request", async () => {
    const { recordId, token, email } = await secondRecordInvited();
    currentRequest.claims = null;
    const accepted = await acceptInvitationBySignIn(token, PASSWORD);
    if (!accepted.ok) throw new Error(`not accepted: ${accepted.state}`);
    await signInAs(second.therapist);
    expect(await unlinkPortalLogin(recordId)).toEqual({ ok: true });
    currentRequest.claims = accepted.claims;
    expect(await getViewer()).toBeNull();
    const db = await testDb();
    const [ended] = await db.select().from(sessions).where(eq(sessions.id, accepted.claims.sessionId));
    expect(ended!.endReason).toBe("revoked");
    const [login] = await db.select().from(users).where(eq(users.email, email));
    expect(login!.disabled).toBe(false);
  });

  it("cannot be linked twice in one practice, nor through a staff login's address", async () => {
    // Ana already has a record in the first practice: a second record there cannot take her login.
    await signInAs(first.therapist);
    const duplicate = await newClient({ givenName: "Ana", familyName: "Again", email: first.clientA.login.email });
    await inviteClient(duplicate);
    const token = await latestTokenTo(first.clientA.login.email);
    currentRequest.claims = null;
    expect(await checkInvitation(token)).toEqual({ state: "taken" });
    expect(await acceptInvitationBySignIn(token, PASSWORD)).toEqual({ ok: false, state: "taken" });
    // A staff login's address is never a client's.
    await signInAs(second.therapist);
    const staffAddress = await newClient({ givenName: "Tess", email: first.therapist.email });
    expect(await inviteClient(staffAddress)).toEqual({ ok: true, email: first.therapist.email });
    const staffToken = await latestTokenTo(first.therapist.email);
    currentRequest.claims = null;
    expect(await checkInvitation(staffToken)).toEqual({ state: "taken" });
    expect(await acceptInvitationBySignIn(staffToken, PASSWORD)).toEqual({ ok: false, state: "taken" });
    const db = await testDb();
    expect((await db.select().from(clients).where(eq(clients.id, staffAddress)))[0]!.userId).toBeNull();
  });

  it("staff cannot switch practices, and a client's switch never reaches a practice without their record", async () => {
    await signInAs(first.therapist);
    await expect(myPractices()).rejects.toThrow(NOT_FOUND);
    await expect(switchPractice(second.practice.id)).rejects.toThrow(NOT_FOUND);
    await signInAs(first.clientB.login);
    await expect(switchPractice(second.practice.id)).rejects.toThrow(NOT_FOUND);
    expect((await getViewer())!.practiceId).toBe(first.practice.id);
  });
});
