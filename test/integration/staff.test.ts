import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { outbox, practices, staffInvitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/dal/internal/viewer";
import { homeOf } from "@/lib/dal/policy";
import { createPracticeWithAdmin } from "@/lib/dal/practice-setup";
import { verifySignIn } from "@/lib/dal/sign-in";
import { getPracticeSettings, savePracticeSettings } from "@/lib/dal/practice-settings";
import { changeRole, endSessions, getStaffPage, setUserDisabled } from "@/lib/dal/staff";
import {
  acceptStaffInvitation,
  checkStaffInvitation,
  inviteStaff,
  revokeStaffInvitation,
} from "@/lib/dal/staff-invitations";
import { auditRows, countOf, createPractice, NOT_FOUND, PASSWORD, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

// Counts the argon2 work: a link that cannot be used must not cost a password hash.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

let here: Awaited<ReturnType<typeof createPractice>>;
let there: Awaited<ReturnType<typeof createPractice>>;
const NEW_PASSWORD = "a-long-staff-password";
let ipCounter = 0;

beforeAll(async () => {
  here = await createPractice("Staffed");
  there = await createPractice("Elsewhere");
});

/** The link of the newest email to `email`, as the outbox holds it. */
async function tokenFromOutbox(email: string) {
  const db = await testDb();
  const [message] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, email))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  expect(message!.status).toBe("held");
  return message!.body.match(/\/invite\/staff\/([A-Za-z0-9_-]+)/)![1]!;
}

async function invitationOf(email: string) {
  const db = await testDb();
  const [row] = await db
    .select()
    .from(staffInvitations)
    .where(eq(staffInvitations.email, email))
    .orderBy(desc(staffInvitations.createdAt))
    .limit(1);
  return row!;
}

/** Signs in with an email and password as a browser would; the session becomes the current request. */
async function signInWith(email: string, password: string) {
  currentRequest.ip = `198.51.100.${++ipCounter}`;
  const result = await verifySignIn(email, password);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  currentRequest.claims = result.claims;
  return result.claims;
}

describe("staff invitations", () => {
  it("email a link that creates the login with the invited role and name, and signs in", async () => {
    await signInAs(here.admin);
    const email = "tess.new@example.test";
    expect(await inviteStaff({ email: "Tess.New@example.test", displayName: "Tess New", role: "therapist" })).toEqual({
      ok: true,
      email,
    });
    const db = await testDb();
    const [message] = await db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(message!.subject).toBe("Join Staffed on Unknot");
    expect(message!.body).toContain(
      `${here.admin.displayName} has invited you to join Staffed on Unknot as a therapist.`,
    );
    expect(message!.body).toMatch(/http:\/\/localhost:\d+\/invite\/staff\/[A-Za-z0-9_-]{43}\n/);
    const token = await tokenFromOutbox(email);
    // The token is stored only as its hash.
    const invitation = await invitationOf(email);
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBeCloseTo(72 * 3_600_000, -4);

    const page = await getStaffPage();
    expect(page.invitations).toEqual([expect.objectContaining({ email, name: "Tess New", role: "therapist" })]);
    expect(page.staff.map((m) => m.role)).not.toContain("client");
    expect(page.staff.find((m) => m.isYou)).toMatchObject({ name: here.admin.displayName, role: "admin" });
    expect(page.staff.find((m) => m.isYou)!.lastSignInAt).toBeInstanceOf(Date);

    currentRequest.claims = null; // the person with the link is not signed in
    expect(await checkStaffInvitation(token)).toEqual({
      state: "valid",
      email,
      displayName: "Tess New",
      practiceName: "Staffed",
      role: "therapist",
    });
    expect(await acceptStaffInvitation(token, NEW_PASSWORD)).toEqual({ ok: true, email, home: homeOf("therapist") });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ practiceId: here.practice.id, role: "therapist", displayName: "Tess New" });
    expect(await checkStaffInvitation(token)).toEqual({ state: "used" });
    expect(await acceptStaffInvitation(token, "another-password-1")).toEqual({ ok: false, state: "used" });

    await signInWith(email, NEW_PASSWORD);
    expect(await getViewer()).toMatchObject({ userId: user!.id, role: "therapist", practiceId: here.practice.id });
    expect((await auditRows(invitation.id)).map((r) => [r.action, r.outcome, r.actorId])).toEqual([
      ["staff.invite", "allowed", here.admin.id],
      // Opening the link's page is on the trail too, by no signed-in user (issue 12, finding 10).
      ["staff.invite_view", "allowed", null],
      ["staff.accept", "allowed", user!.id],
      ["staff.invite_view", "denied", null],
    ]);

    await signInAs(here.admin);
    const after = await getStaffPage();
    expect(after.invitations).toEqual([]);
    expect(after.staff).toContainEqual(expect.objectContaining({ id: user!.id, role: "therapist", disabled: false }));
  });

  it("refuse unknown, expired and revoked links without hashing a password", async () => {
    const hashing = vi.mocked(hashPassword);
    hashing.mockClear();
    expect(await acceptStaffInvitation("x".repeat(43), NEW_PASSWORD)).toEqual({ ok: false, state: "invalid" });
    expect(await acceptStaffInvitation("../../etc", NEW_PASSWORD)).toEqual({ ok: false, state: "invalid" });
    expect(await checkStaffInvitation("x".repeat(43))).toEqual({ state: "invalid" });

    await signInAs(here.admin);
    await inviteStaff({ email: "late@example.test", displayName: "Late Comer", role: "frontdesk" });
    const late = await tokenFromOutbox("late@example.test");
    const db = await testDb();
    await db
      .update(staffInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(staffInvitations.email, "late@example.test"));
    expect(await checkStaffInvitation(late)).toEqual({ state: "expired" });
    expect(await acceptStaffInvitation(late, NEW_PASSWORD)).toEqual({ ok: false, state: "expired" });
    expect((await getStaffPage()).invitations.map((i) => i.email)).not.toContain("late@example.test");

    await inviteStaff({ email: "gone@example.test", displayName: "Gone Away", role: "admin" });
    const gone = await tokenFromOutbox("gone@example.test");
    const { id } = await invitationOf("gone@example.test");
    expect(await revokeStaffInvitation(id)).toEqual({ ok: true });
    expect(await revokeStaffInvitation(id)).toEqual({ ok: false, code: "staff.invitation-closed" });
    expect(await checkStaffInvitation(gone)).toEqual({ state: "revoked" });
    expect(await acceptStaffInvitation(gone, NEW_PASSWORD)).toEqual({ ok: false, state: "revoked" });
    expect((await auditRows(id)).map((r) => [r.action, r.outcome])).toEqual([
      ["staff.invite", "allowed"],
      ["staff.invitation-revoke", "allowed"],
      ["staff.invite_view", "denied"],
    ]);

    expect(hashing).not.toHaveBeenCalled();
    expect(
      await countOf(
        sql`select count(*)::int as n from users where email in ('late@example.test', 'gone@example.test')`,
      ),
    ).toBe(0);
  });

  it("sent again to the same email revoke the earlier link", async () => {
    await signInAs(here.admin);
    await inviteStaff({ email: "twice@example.test", displayName: "Twice", role: "therapist" });
    const first = await tokenFromOutbox("twice@example.test");
    const { id: firstId } = await invitationOf("twice@example.test");
    await inviteStaff({ email: "TWICE@example.test", displayName: "Twice Again", role: "frontdesk" });
    const second = await tokenFromOutbox("twice@example.test");
    expect(second).not.toBe(first);
    expect(await checkStaffInvitation(first)).toEqual({ state: "revoked" });
    expect((await getStaffPage()).invitations.filter((i) => i.email === "twice@example.test")).toEqual([
      expect.objectContaining({ name: "Twice Again", role: "frontdesk" }),
    ]);
    const [again] = (await auditRows((await invitationOf("twice@example.test")).id)).filter(
      (r) => r.action === "staff.invite",
    );
    expect(again!.detail).toMatchObject({ revoked: [firstId] });
    expect(await acceptStaffInvitation(second, NEW_PASSWORD)).toMatchObject({ ok: true, home: homeOf("frontdesk") });
  });

  it("answer the same for an email with a login elsewhere, whose link then cannot make a second login", async () => {
    await signInAs(here.admin);
    const taken = there.therapist.email;
    expect(await inviteStaff({ email: taken, displayName: "Someone", role: "therapist" })).toEqual({
      ok: true,
      email: taken,
    });
    const token = await tokenFromOutbox(taken);
    const db = await testDb();
    const [message] = await db.select().from(outbox).where(eq(outbox.toAddress, taken));
    expect(message!.body).toContain("has invited you to join Staffed on Unknot as a therapist.");
    const hashing = vi.mocked(hashPassword);
    hashing.mockClear();
    expect(await checkStaffInvitation(token)).toEqual({ state: "taken" });
    expect(await acceptStaffInvitation(token, NEW_PASSWORD)).toEqual({ ok: false, state: "taken" });
    expect(hashing).not.toHaveBeenCalled();
    const [login] = await db.select().from(users).where(eq(users.email, taken));
    expect(login).toMatchObject({ practiceId: there.practice.id, role: "therapist" });
  });
});

describe("staff changes", () => {
  it("disabling ends the user's open session on its next request and refuses sign-in; enabling lets them back", async () => {
    const worker = here.otherTherapist;
    const session = await signInAs(worker);
    await signInAs(here.admin);
    expect(await setUserDisabled(worker.id, true)).toEqual({ ok: true });
    currentRequest.claims = session;
    expect(await getViewer()).toBeNull();
    currentRequest.ip = "198.51.100.200";
    expect(await verifySignIn(worker.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    await signInAs(here.admin);
    expect((await getStaffPage()).staff.find((m) => m.id === worker.id)).toMatchObject({ disabled: true });
    expect(await setUserDisabled(worker.id, true)).toEqual({ ok: true }); // already: nothing written
    expect(await setUserDisabled(worker.id, false)).toEqual({ ok: true });
    currentRequest.claims = session;
    expect(await getViewer()).toBeNull(); // re-enabling does not revive the old session
    await signInWith(worker.email, PASSWORD);
    expect(await getViewer()).toMatchObject({ userId: worker.id });
    const changes = (await auditRows(worker.id)).filter((r) => r.action.startsWith("staff."));
    expect(changes.map((r) => [r.action, r.actorId])).toEqual([
      ["staff.disable", here.admin.id],
      ["staff.enable", here.admin.id],
    ]);
    expect(changes[0]!.detail).toMatchObject({ from: { disabled: false }, to: { disabled: true }, sessionsEnded: 1 });
  });

  it("a new role takes effect on the next request: the old session ends", async () => {
    const worker = here.therapist;
    const session = await signInAs(worker);
    await signInAs(here.admin);
    expect(await changeRole(worker.id, "frontdesk")).toEqual({ ok: true });
    currentRequest.claims = session;
    expect(await getViewer()).toBeNull();
    await signInAs(worker);
    expect(await getViewer()).toMatchObject({ role: "frontdesk" });
    await signInAs(here.admin);
    expect(await changeRole(worker.id, "therapist")).toEqual({ ok: true });
    // A client's login is not staff, and "client" is not a staff role.
    await expect(changeRole(here.clientA.login.id, "therapist")).rejects.toThrow(NOT_FOUND);
    await expect(changeRole(worker.id, "client" as "therapist")).rejects.toThrow(NOT_FOUND);
    const [role] = (await auditRows(worker.id)).filter((r) => r.action === "staff.role");
    expect(role!.detail).toMatchObject({ from: { role: "therapist" }, to: { role: "frontdesk" } });
  });

  it("ending sessions signs someone out everywhere; they may sign in again", async () => {
    const worker = here.frontDesk;
    const first = await signInAs(worker);
    const second = await signInAs(worker);
    await signInAs(here.admin);
    expect(await endSessions(worker.id)).toEqual({ ok: true });
    for (const claims of [first, second]) {
      currentRequest.claims = claims;
      expect(await getViewer()).toBeNull();
    }
    await signInAs(worker);
    expect(await getViewer()).toMatchObject({ userId: worker.id, role: "frontdesk" });
    const [ended] = (await auditRows(worker.id)).filter((r) => r.action === "staff.end-sessions");
    expect(ended!.detail).toMatchObject({ sessionsEnded: 2 });
  });

  it("refuses disabling yourself or changing your own role", async () => {
    await signInAs(here.admin);
    expect(await setUserDisabled(here.admin.id, true)).toEqual({ ok: false, code: "staff.self" });
    expect(await changeRole(here.admin.id, "therapist")).toEqual({ ok: false, code: "staff.self" });
    expect(await getViewer()).toMatchObject({ userId: here.admin.id, role: "admin" });
  });

  it("never leaves a practice without an enabled admin, even when two admins disable each other at once", async () => {
    const duo = await createPractice("Duo");
    await signInAs(duo.admin);
    expect(await changeRole(duo.therapist.id, "admin")).toEqual({ ok: true });
    const a = await signInAs(duo.admin);
    const b = await signInAs(duo.therapist);
    // Each call reads its session as it starts: two requests, one from each admin.
    currentRequest.claims = a;
    const aDisablesB = setUserDisabled(duo.therapist.id, true);
    currentRequest.claims = b;
    const bDisablesA = setUserDisabled(duo.admin.id, true);
    // One wins; the other finds itself the last admin (or, had the first committed before it
    // started, its own session ended).
    const outcomes = (await Promise.allSettled([aDisablesB, bDisablesA])).map((r) =>
      r.status === "fulfilled" ? r.value : /NEXT_REDIRECT/.test(String(r.reason)) ? "signed out" : r.reason,
    );
    expect(outcomes.filter((o) => o.ok === true)).toHaveLength(1);
    expect(outcomes.filter((o) => o === "signed out" || o.code === "staff.last-admin")).toHaveLength(1);
    const enabledAdmins = sql`select count(*)::int as n from users
      where practice_id = ${duo.practice.id} and role = 'admin' and not disabled`;
    expect(await countOf(enabledAdmins)).toBe(1);
  });

  it("answers not-found, audited, for another practice's users and invitations and for a client's login", async () => {
    await signInAs(there.admin);
    await inviteStaff({ email: "theirs@example.test", displayName: "Theirs", role: "therapist" });
    const theirInvitation = await invitationOf("theirs@example.test");
    await signInAs(here.admin);
    const foreign = there.therapist.id;
    await expect(setUserDisabled(foreign, true)).rejects.toThrow(NOT_FOUND);
    await expect(changeRole(foreign, "admin")).rejects.toThrow(NOT_FOUND);
    await expect(endSessions(foreign)).rejects.toThrow(NOT_FOUND);
    await expect(revokeStaffInvitation(theirInvitation.id)).rejects.toThrow(NOT_FOUND);
    await expect(setUserDisabled(here.clientA.login.id, true)).rejects.toThrow(NOT_FOUND);
    await expect(endSessions("not-an-id")).rejects.toThrow(NOT_FOUND);
    const denied = (await auditRows(foreign)).filter((r) => r.outcome === "denied");
    expect(denied).toHaveLength(3);
    expect(denied.every((r) => r.action === "staff.manage" && r.actorId === here.admin.id)).toBe(true);
    expect((await auditRows(theirInvitation.id)).map((r) => r.outcome)).toEqual(["allowed", "denied"]);
    const db = await testDb();
    const [unchanged] = await db.select().from(users).where(eq(users.id, foreign));
    expect(unchanged).toMatchObject({ disabled: false, role: "therapist", sessionVersion: 1 });
    expect((await invitationOf("theirs@example.test")).revokedAt).toBeNull();
  });

  it("is not-found for a therapist, the front desk and a client, and writes nothing", async () => {
    const db = await testDb();
    for (const who of [here.otherTherapist, here.frontDesk, here.clientB.login]) {
      await signInAs(who);
      const before = await countOf(sql`select count(*)::int as n from staff_invitations`);
      await expect(getStaffPage()).rejects.toThrow(NOT_FOUND);
      await expect(inviteStaff({ email: "sneaky@example.test", displayName: "Sneaky", role: "admin" })).rejects.toThrow(
        NOT_FOUND,
      );
      await expect(revokeStaffInvitation((await invitationOf("twice@example.test")).id)).rejects.toThrow(NOT_FOUND);
      await expect(setUserDisabled(here.admin.id, true)).rejects.toThrow(NOT_FOUND);
      await expect(changeRole(who.id, "admin")).rejects.toThrow(NOT_FOUND);
      await expect(endSessions(here.admin.id)).rejects.toThrow(NOT_FOUND);
      await expect(getPracticeSettings()).rejects.toThrow(NOT_FOUND);
      await expect(
        savePracticeSettings({ name: "Mine", timeZone: "UTC", phone: null, address: null, slug: "mine" }),
      ).rejects.toThrow(NOT_FOUND);
      expect(await countOf(sql`select count(*)::int as n from staff_invitations`)).toBe(before);
    }
    const [admin] = await db.select().from(users).where(eq(users.id, here.admin.id));
    expect(admin).toMatchObject({ disabled: false, role: "admin" });
    const [practice] = await db.select().from(practices).where(eq(practices.id, here.practice.id));
    expect(practice!.name).toBe("Staffed");
  });
});

describe("a practice set up with npm run practice", () => {
  it("has a first admin who manages its staff", async () => {
    const created = await createPracticeWithAdmin({
      name: "Fresh",
      timeZone: "Europe/Berlin",
      admin: { email: `first-${process.pid}@example.test`, displayName: "First Admin", password: NEW_PASSWORD },
    });
    if (!created.ok) throw new Error(created.code);
    await signInWith(`first-${process.pid}@example.test`, NEW_PASSWORD);
    const page = await getStaffPage();
    expect(page.staff).toEqual([expect.objectContaining({ name: "First Admin", role: "admin", isYou: true })]);
    expect(page.timeZone).toBe("Europe/Berlin");
    expect(await setUserDisabled(created.userId, true)).toEqual({ ok: false, code: "staff.self" });
    await inviteStaff({ email: `second-${process.pid}@example.test`, displayName: "Second", role: "therapist" });
    const db = await testDb();
    const open = await db
      .select()
      .from(staffInvitations)
      .where(and(eq(staffInvitations.practiceId, created.practiceId), eq(staffInvitations.createdBy, created.userId)));
    expect(open).toHaveLength(1);
  });
});
