import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkoffs, invitations, outbox } from "@/db/schema";
import { createClient } from "@/lib/dal/client-records";
import { acceptInvitation, checkInvitation, inviteClient } from "@/lib/dal/invitations";
import { createPlan, editPlan } from "@/lib/dal/plans";
import { getMyProgress, getPortalToday, markDone, reportSymptom, undoMark } from "@/lib/dal/portal";
import { listOpenReports, resolveReport } from "@/lib/dal/symptoms";
import { getClientChart } from "@/lib/dal/timeline";
import { verifySignIn } from "@/lib/dal/sign-in";
import { createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

let here: Awaited<ReturnType<typeof createPractice>>;

async function newClientWithPlan(given: string, email: string) {
  await signInAs(here.therapist);
  const created = await createClient({
    givenName: given,
    familyName: "Portal",
    dateOfBirth: null,
    email,
    phone: null,
    primaryTherapistId: here.therapist.id,
  });
  if (!created.ok) throw new Error("no client");
  const planId = await createPlan(created.id);
  for (const itemId of ["warm-compress", "calf-self-massage", "calf-stretch"])
    await editPlan(planId, { type: "add", itemId });
  expect(await editPlan(planId, { type: "publish" })).toMatchObject({ ok: true });
  return created.id;
}

async function tokenFromOutbox(email: string) {
  const db = await testDb();
  const [message] = await db.select().from(outbox).where(eq(outbox.toAddress, email));
  expect(message!.status).toBe("held");
  return message!.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
}

async function signInWith(email: string, password: string) {
  const result = await verifySignIn(email, password);
  if (!result.ok) throw new Error("sign-in failed");
  currentRequest.claims = result.claims;
}

beforeAll(async () => {
  here = await createPractice("Portal");
});

describe("invitations", () => {
  it("work once: the link sets a password and links the login to the client", async () => {
    const clientId = await newClientWithPlan("Ines", "ines@example.test");
    expect(await inviteClient(clientId)).toEqual({ ok: true, email: "ines@example.test" });
    const token = await tokenFromOutbox("ines@example.test");
    expect(await checkInvitation(token)).toEqual({ state: "valid", email: "ines@example.test", givenName: "Ines" });
    expect(await acceptInvitation(token, "a-good-long-password")).toEqual({ ok: true, email: "ines@example.test" });
    expect(await checkInvitation(token)).toEqual({ state: "used" });
    expect(await acceptInvitation(token, "another-password-1")).toEqual({ ok: false, state: "used" });
    await signInWith("ines@example.test", "a-good-long-password");
    expect((await getPortalToday()).plan?.version).toBe(1);
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
    expect(await acceptInvitation(token, "a-good-long-password")).toEqual({ ok: false, state: "expired" });
    expect(await checkInvitation("x".repeat(43))).toEqual({ state: "invalid" });
  });
});

describe("check-offs", () => {
  it("are idempotent per session, undoable, and refused for items outside the client's own plan", async () => {
    await signInAs(here.clientA.login); // Ana has no plan: nothing to mark
    await expect(markDone("warm-compress", 1)).rejects.toThrow(NOT_FOUND);

    await signInWith("ines@example.test", "a-good-long-password");
    expect(await markDone("warm-compress", 1)).toEqual({ ok: true, doneToday: 1 });
    expect(await markDone("warm-compress", 1)).toEqual({ ok: true, doneToday: 1 }); // a double tap
    const db = await testDb();
    expect(
      await db
        .select()
        .from(checkoffs)
        .where(and(eq(checkoffs.itemId, "warm-compress"))),
    ).toHaveLength(1);
    // Phase 2 is locked until the therapist advances the plan or its gate is met.
    await expect(markDone("calf-stretch", 1)).rejects.toThrow(NOT_FOUND);
    await expect(markDone("not-in-my-plan", 1)).rejects.toThrow(NOT_FOUND);
    expect(await undoMark("warm-compress")).toEqual({ ok: true, doneToday: 0 });
    await expect(undoMark("warm-compress")).rejects.toThrow(NOT_FOUND);
  });

  it("are paused for hands-on items once the client reports a stop symptom, which staff see", async () => {
    await signInWith("ines@example.test", "a-good-long-password");
    // Due today: warm compress and calf self-massage once each (calf stretch is phase 2, locked).
    expect((await getMyProgress()).adherence!.last7).toEqual({ due: 2, done: 0, ratio: 0 });
    await reportSymptom("tingling", "After rolling");
    // The paused massage is no longer due; the client is not marked down for obeying.
    expect((await getMyProgress()).adherence!.last7).toEqual({ due: 1, done: 0, ratio: 0 });
    const today = await getPortalToday();
    expect(today.plan!.relax.find((i) => i.itemId === "calf-self-massage")!.pausedReason).toMatch(
      /you reported tingling/,
    );
    expect(today.plan!.relax.find((i) => i.itemId === "warm-compress")!.pausedReason).toBeNull();
    expect(await markDone("calf-self-massage", 1)).toEqual({ ok: false, message: expect.stringMatching(/Paused/) });
    await expect(listOpenReports()).rejects.toThrow(NOT_FOUND);
    await signInAs(here.therapist);
    const [report] = await listOpenReports();
    expect(report).toMatchObject({ kind: "tingling", note: "After rolling" });
    // The report is on the client's timeline, and so is its resolution.
    await resolveReport(report!.id, "Called: pressure too deep, resume gently");
    const events = (await getClientChart(report!.clientId)).timeline.filter((e) => e.kind.startsWith("symptom"));
    expect(events).toMatchObject([
      { kind: "symptom-reported", symptom: "tingling", text: "After rolling" },
      { kind: "symptom-resolved", symptom: "tingling", text: "Called: pressure too deep, resume gently" },
    ]);
    // Resolved: the massage is back on Today.
    await signInWith("ines@example.test", "a-good-long-password");
    expect((await getPortalToday()).plan!.relax.find((i) => i.itemId === "calf-self-massage")!.pausedReason).toBeNull();
  });

  it("cannot be read by staff through the portal", async () => {
    await signInAs(here.therapist);
    await expect(getPortalToday()).rejects.toThrow(NOT_FOUND);
  });
});
