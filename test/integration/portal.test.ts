import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkoffs, invitations, outbox, symptomReports } from "@/db/schema";
import { getClientTable } from "@/lib/dal/client-list";
import { getClientOverview } from "@/lib/dal/client-overview";
import { markDone, reportSymptom, undoMark } from "@/lib/dal/homework";
import { createIntake } from "@/lib/dal/intakes";
import { acceptInvitation, checkInvitation, inviteClient } from "@/lib/dal/invitations";
import { listOutbox } from "@/lib/dal/outbox";
import { createPlan, editPlan } from "@/lib/dal/plans";
import { getMyProgress, getPortalToday } from "@/lib/dal/portal";
import { recordScreen } from "@/lib/dal/screens";
import { verifySignIn } from "@/lib/dal/sign-in";
import { resolveReport } from "@/lib/dal/symptoms";
import { dayIn } from "@/lib/domain/days";
import {
  auditRows,
  createPractice,
  newClient,
  NOT_FOUND,
  screenAnswering,
  signInAs,
  testDb,
} from "../support/fixtures";
import { currentRequest } from "../support/request-context";

let here: Awaited<ReturnType<typeof createPractice>>;
const PORTAL_PASSWORD = "a-good-long-password";

beforeAll(async () => {
  here = await createPractice("Portal");
});

/** A client of the therapist with a published plan: warm compress, calf self-massage, calf stretch. */
async function newClientWithPlan(given: string, email: string) {
  await signInAs(here.therapist);
  const clientId = await newClient({
    givenName: given,
    familyName: "Portal",
    email,
    primaryTherapistId: here.therapist.id,
  });
  const planId = await createPlan(clientId);
  for (const itemId of ["warm-compress", "calf-self-massage", "calf-stretch"])
    await editPlan(planId, { type: "add", itemId });
  expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });
  return clientId;
}

/** The link of the one invitation emailed to `email`. */
async function tokenFromOutbox(email: string) {
  const db = await testDb();
  const messages = await db.select().from(outbox).where(eq(outbox.toAddress, email));
  expect(messages).toHaveLength(1);
  expect(messages[0]!.status).toBe("held");
  return messages[0]!.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
}

async function signInWith(email: string, password: string) {
  const result = await verifySignIn(email, password);
  if (!result.ok) throw new Error("sign-in failed");
  currentRequest.claims = result.claims;
}

/** A client with a plan who accepted their invitation and is now signed in to the portal. */
async function clientInPortal(given: string) {
  const email = `${given.toLowerCase()}@example.test`;
  const clientId = await newClientWithPlan(given, email);
  expect(await inviteClient(clientId)).toEqual({ ok: true, email });
  expect(await acceptInvitation(await tokenFromOutbox(email), PORTAL_PASSWORD)).toEqual({ ok: true, email });
  await signInWith(email, PORTAL_PASSWORD);
  return { clientId, email };
}

describe("invitations", () => {
  it("work once: the link sets a password and links the login to the client", async () => {
    const clientId = await newClientWithPlan("Ines", "ines@example.test");
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: "ines@example.test" });
    expect((await listOutbox()).messages).toContainEqual(
      expect.objectContaining({ to: "ines@example.test", status: "held" }),
    );
    const token = await tokenFromOutbox("ines@example.test");
    expect(await checkInvitation(token)).toEqual({
      state: "valid",
      email: "ines@example.test",
      givenName: "Ines",
      practiceName: "Portal",
      accept: "set-password",
    });
    expect(await acceptInvitation(token, PORTAL_PASSWORD)).toEqual({ ok: true, email: "ines@example.test" });
    expect(await checkInvitation(token)).toEqual({ state: "used" });
    expect(await acceptInvitation(token, "another-password-1")).toEqual({ ok: false, state: "used" });
    // Each opening of the link's page is on the trail (issue 12, finding 10), by no signed-in user.
    const [invitation] = await (await testDb()).select().from(invitations).where(eq(invitations.clientId, clientId));
    expect((await auditRows(invitation!.id)).filter((r) => r.action === "portal.invite_view")).toMatchObject([
      { actorId: null, actorRole: "link", practiceId: here.practice.id, outcome: "allowed" },
      { actorId: null, actorRole: "link", practiceId: here.practice.id, outcome: "denied", detail: { state: "used" } },
    ]);
    // The record now has a login: no second invitation.
    expect(await inviteClient(clientId)).toEqual({ ok: false, code: "invite.has-login" });
    expect((await getClientOverview(clientId)).details.hasPortalLogin).toBe(true);

    await signInWith("ines@example.test", PORTAL_PASSWORD);
    const today = await getPortalToday();
    expect(today.me).toEqual({ givenName: "Ines", therapistName: here.therapist.displayName, practiceName: "Portal" });
    expect(today.plan?.version).toBe(1);
    // A client does not read the practice's outbox.
    await expect(listOutbox()).rejects.toThrow(NOT_FOUND);
  });

  it("are refused for a client without an email; an address with a login gets the same answer as any", async () => {
    await signInAs(here.therapist);
    const noEmail = await newClient({ givenName: "Nora" });
    expect(await inviteClient(noEmail)).toEqual({ ok: false, code: "invite.no-email" });
    // Issue 12, finding 2: whether an address has a login (here a colleague's, elsewhere another
    // practice's) is not the inviting staff's to learn. The answer and the email are the same;
    // accepting the link tells its holder, and creates nothing.
    const email = here.otherTherapist.email;
    const taken = await newClient({ givenName: "Tom", email });
    expect(await inviteClient(taken)).toEqual({ ok: true, email });
    const [sent] = await (await testDb()).select().from(outbox).where(eq(outbox.toAddress, email));
    expect(sent!.subject).toBe("Your home plan at Portal");
    const token = sent!.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await acceptInvitation(token, PORTAL_PASSWORD)).toEqual({ ok: false, state: "taken" });
    expect((await getClientOverview(taken)).details.hasPortalLogin).toBe(false);
  });

  it("expire, and unknown tokens are simply invalid", async () => {
    const clientId = await newClientWithPlan("Ezra", "ezra@example.test");
    await inviteClient(clientId);
    const token = await tokenFromOutbox("ezra@example.test");
    const db = await testDb();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.clientId, clientId));
    expect(await checkInvitation(token)).toEqual({ state: "expired" });
    expect(await acceptInvitation(token, PORTAL_PASSWORD)).toEqual({ ok: false, state: "expired" });
    expect(await checkInvitation("x".repeat(43))).toEqual({ state: "invalid" });
  });
});

describe("check-offs", () => {
  it("are refused to a client without a plan", async () => {
    await signInAs(here.clientA.login); // Ana has no plan: nothing to mark
    await expect(markDone("warm-compress", 1)).rejects.toThrow(NOT_FOUND);
    expect((await getPortalToday()).plan).toBeNull();
  });

  it("are idempotent per session, undoable, and refused for items outside the client's own plan", async () => {
    const { clientId } = await clientInPortal("Olga");
    expect(await markDone("warm-compress", 1)).toEqual({ ok: true, doneToday: 1 });
    expect(await markDone("warm-compress", 1)).toEqual({ ok: true, doneToday: 1 }); // a double tap
    const db = await testDb();
    const marks = () =>
      db
        .select()
        .from(checkoffs)
        .where(and(eq(checkoffs.clientId, clientId), eq(checkoffs.itemId, "warm-compress")));
    expect(await marks()).toHaveLength(1);
    // The compress is due once a day: a second session is more than the plan asks.
    expect(await markDone("warm-compress", 2)).toEqual({ ok: false, code: "homework.already-done" });
    expect((await getPortalToday()).plan!.relax.find((i) => i.itemId === "warm-compress")).toMatchObject({
      due: 1,
      doneToday: 1,
    });
    // Phase 2 is locked until the therapist advances the plan or its gate is met.
    await expect(markDone("calf-stretch", 1)).rejects.toThrow(NOT_FOUND);
    await expect(markDone("not-in-my-plan", 1)).rejects.toThrow(NOT_FOUND);
    expect((await auditRows("calf-stretch")).filter((r) => r.outcome === "denied").at(-1)).toMatchObject({
      action: "portal.mark",
      objectType: "plan_item",
      objectId: "calf-stretch",
    });
    expect(await undoMark("warm-compress")).toEqual({ ok: true, doneToday: 0 });
    expect(await marks()).toHaveLength(0);
    await expect(undoMark("warm-compress")).rejects.toThrow(NOT_FOUND);
  });

  it("are paused for hands-on items once the client reports a stop symptom, which staff see", async () => {
    const { clientId } = await clientInPortal("Pia");
    const today = dayIn("UTC", new Date());
    // Due today: warm compress and calf self-massage once each (calf stretch is phase 2, locked).
    expect((await getMyProgress()).adherence!.last7).toEqual({ due: 2, done: 0, ratio: 0 });
    await reportSymptom("tingling", "After rolling");
    // The paused massage is no longer due; the client is not marked down for obeying.
    expect((await getMyProgress()).adherence!.last7).toEqual({ due: 1, done: 0, ratio: 0 });
    const portal = await getPortalToday();
    const pause = { by: "symptom", symptom: "tingling", reportedOn: today };
    expect(portal.plan!.relax.find((i) => i.itemId === "calf-self-massage")!.pause).toEqual(pause);
    expect(portal.plan!.relax.find((i) => i.itemId === "warm-compress")!.pause).toBeNull();
    expect(portal.openReports).toMatchObject([{ kind: "tingling" }]);
    expect(await markDone("calf-self-massage", 1)).toEqual({ ok: false, code: "homework.paused", pause });
    await expect(getClientTable({})).rejects.toThrow(NOT_FOUND);

    await signInAs(here.therapist);
    const reports = (await getClientTable({})).openReports.filter((r) => r.clientId === clientId);
    expect(reports).toMatchObject([{ kind: "tingling", note: "After rolling", clientName: "Pia Portal" }]);
    // The report is on the client's timeline, and so is its resolution.
    expect(await resolveReport(reports[0]!.id, "Called: pressure too deep, resume gently")).toEqual({
      ok: true,
      clientId,
    });
    expect(await resolveReport(reports[0]!.id, "Twice")).toEqual({
      ok: false,
      clientId,
      code: "symptom.already-resolved",
    });
    const overview = await getClientOverview(clientId);
    expect(overview.reports).toMatchObject([
      { kind: "tingling", resolution: "Called: pressure too deep, resume gently" },
    ]);
    const events = overview.chart.timeline.filter((e) => e.kind.startsWith("symptom"));
    expect(events).toMatchObject([
      { kind: "symptom-reported", symptom: "tingling", text: "After rolling" },
      { kind: "symptom-resolved", symptom: "tingling", text: "Called: pressure too deep, resume gently" },
    ]);
    expect((await getClientTable({})).openReports.filter((r) => r.clientId === clientId)).toEqual([]);
    // Resolved: the massage is back on Today.
    await signInWith(`pia@example.test`, PORTAL_PASSWORD);
    const after = await getPortalToday();
    expect(after.plan!.relax.find((i) => i.itemId === "calf-self-massage")!.pause).toBeNull();
    expect(after.openReports).toEqual([]);
    expect(await markDone("calf-self-massage", 1)).toEqual({ ok: true, doneToday: 1 });
  });

  it("are paused for the items an open flag blocks", async () => {
    const { clientId } = await clientInPortal("Uma");
    await signInAs(here.therapist);
    const intakeId = await createIntake(clientId, {
      chiefComplaint: "Calf swelling",
      painSites: [{ site: "Calf", side: "left" }],
      onsetDate: null,
      duration: null,
      aggravating: null,
      easing: null,
      painNow: 4,
      psfs: [],
      medicalHistory: null,
      medications: null,
      activities: [],
    });
    await recordScreen({ intakeId }, screenAnswering(["suspected-dvt"]));
    await signInWith("uma@example.test", PORTAL_PASSWORD);
    const { plan } = await getPortalToday();
    expect(plan!.relax.find((i) => i.itemId === "calf-self-massage")!.pause).toEqual({ by: "flag" });
    expect(plan!.relax.find((i) => i.itemId === "warm-compress")!.pause).toBeNull();
    expect(await markDone("calf-self-massage", 1)).toEqual({
      ok: false,
      code: "homework.paused",
      pause: { by: "flag" },
    });
  });

  it("cannot be read by staff through the portal", async () => {
    await signInAs(here.therapist);
    await expect(getPortalToday()).rejects.toThrow(NOT_FOUND);
    await expect(markDone("warm-compress", 1)).rejects.toThrow(NOT_FOUND);
  });
});

describe("stop-symptom reports", () => {
  // Issue 12, finding 9: 150 reports from one client grew every colleague's start page 15-fold.
  it("fold repeats within the hour into the open report, counted, so staff resolve one", async () => {
    const { clientId } = await clientInPortal("Rex");
    for (let i = 0; i < 150; i++) await reportSymptom("tingling", i % 2 ? "again" : "after rolling");
    await reportSymptom("numbness", null);
    // Sent at once (on PostgreSQL, truly in parallel): still one report.
    await Promise.all(Array.from({ length: 6 }, () => reportSymptom("radiating-pain", null)));

    await signInAs(here.therapist);
    const open = (await getClientTable({})).openReports.filter((r) => r.clientId === clientId);
    expect(open).toHaveLength(3);
    expect(open.find((r) => r.kind === "radiating-pain")).toMatchObject({ repeats: 6 });
    expect(open.find((r) => r.kind === "tingling")).toMatchObject({ repeats: 150, note: "after rolling\nagain" });
    expect(open.find((r) => r.kind === "numbness")).toMatchObject({ repeats: 1 });
    const tingling = open.find((r) => r.kind === "tingling")!;
    expect((await auditRows(tingling.id)).filter((r) => r.action === "portal.symptom")).toHaveLength(150);

    // An hour after the last repeat, or once resolved, the next report is a new one.
    const db = await testDb();
    await db
      .update(symptomReports)
      .set({ lastReportedAt: new Date(Date.now() - 61 * 60_000) })
      .where(eq(symptomReports.id, tingling.id));
    await signInWith("rex@example.test", PORTAL_PASSWORD);
    await reportSymptom("tingling", null);
    const numbness = open.find((r) => r.kind === "numbness")!;
    await signInAs(here.therapist);
    expect(await resolveReport(numbness.id, "Called")).toMatchObject({ ok: true });
    await signInWith("rex@example.test", PORTAL_PASSWORD);
    await reportSymptom("numbness", null);
    const reports = await db.select().from(symptomReports).where(eq(symptomReports.clientId, clientId));
    expect(reports.map((r) => `${r.kind} ${r.repeats} ${r.resolvedAt ? "resolved" : "open"}`).sort()).toEqual([
      "numbness 1 open",
      "numbness 1 resolved",
      "radiating-pain 6 open",
      "tingling 1 open",
      "tingling 150 open",
    ]);
  });
});
