import { eq, gt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, clients } from "@/db/schema";
import { statementsSent } from "@/db/statement-count";
import { getClientOverview } from "@/lib/dal/client-overview";
import { createClient, recordConsent } from "@/lib/dal/client-records";
import { saveFinding } from "@/lib/dal/findings";
import { logPain, markDone } from "@/lib/dal/homework";
import { createIntake } from "@/lib/dal/intakes";
import { getPlanBuilder } from "@/lib/dal/plan-builder";
import { createPlan, editPlan } from "@/lib/dal/plans";
import { getPortalToday } from "@/lib/dal/portal";
import { recordScreen } from "@/lib/dal/screens";
import { addAmendment, getSessionNoteScreen, saveDraft, signNote, startSession } from "@/lib/dal/session-notes";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import type { ScreenInput } from "@/lib/validation/screen";
import { createPractice, intakeInput, signInAs, testDb } from "../support/fixtures";

/**
 * Each screen reads its data once: one scoped read, one audit row saying what was shown, and a
 * fixed number of statements, whatever the size of the record. The counts below are the budget:
 * a change that starts reading call by call again (the client overview once took 42 statements
 * and 9 audit rows) fails here. Transaction control is not counted (db/statement-count.ts).
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let clientId: string;
let noteId: string;
let planId: string;

const screen = (yes: string[]): ScreenInput =>
  ({
    answers: Object.fromEntries(
      CONTRAINDICATIONS.map((c) => [c.id, { answer: yes.includes(c.id) ? "yes" : "no", note: null }]),
    ),
  }) as ScreenInput;

/** Statements sent and audit rows written while `read` runs. */
async function measure(read: () => Promise<unknown>) {
  const db = await testDb();
  const [{ last } = { last: 0 }] = await db
    .select({ last: sql<number>`coalesce(max(${auditEvents.id}), 0)` })
    .from(auditEvents);
  const before = statementsSent();
  await read();
  const statements = statementsSent() - before;
  const audits = await db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, Number(last)))
    .orderBy(auditEvents.id);
  return { statements, audits };
}

beforeAll(async () => {
  here = await createPractice("Screens");
  await signInAs(here.therapist);
  const created = await createClient({
    givenName: "Jo",
    familyName: "Screens",
    dateOfBirth: null,
    email: null,
    phone: null,
    primaryTherapistId: here.therapist.id,
  });
  if (!created.ok) throw new Error("no client");
  clientId = created.id;
  await recordConsent(clientId, "Hana Hiker");
  const intakeId = await createIntake(
    clientId,
    intakeInput({
      chiefComplaint: "Back of knee pain",
      painSites: [{ site: "Back of knee", side: "left" }],
      painNow: 6,
      activities: [{ id: "hiking-downhill", frequency: null, notes: null }],
    }),
  );
  const finding = { side: "left", tenderness: 6, pointType: "active", reproducesPain: true, notes: null } as const;
  await saveFinding({ intakeId }, { muscleId: "popliteus", ...finding });
  await saveFinding({ intakeId }, { muscleId: "gastrocnemius", ...finding });
  await recordScreen({ intakeId }, screen(["varicose-veins"]));
  // A signed earlier visit with an amendment, and today's draft.
  const first = await startSession(intakeId);
  await recordScreen({ noteId: first }, screen(["varicose-veins"]));
  const saved = await saveDraft(first, {
    visitDate: "2026-11-01",
    subjective: "Better",
    painNow: 4,
    assessment: "",
    plan: "",
    version: 1,
  });
  if (!saved.ok) throw new Error("draft not saved");
  expect(await signNote(first, saved.version)).toEqual({ ok: true });
  await addAmendment(first, "Also walked downhill on Sunday.");
  noteId = await startSession(intakeId);
  planId = await createPlan(clientId);
  for (const itemId of ["warm-compress", "calf-self-massage", "calf-stretch"]) {
    await editPlan(planId, { type: "add", itemId });
  }
  expect(await editPlan(planId, { type: "publish" })).toMatchObject({ ok: true, published: 1 });
  // Ana's login becomes this client's portal login.
  const db = await testDb();
  await db.update(clients).set({ userId: null }).where(eq(clients.id, here.clientA.record.id));
  await db.update(clients).set({ userId: here.clientA.login.id }).where(eq(clients.id, clientId));
  await signInAs(here.clientA.login);
  await logPain(4, null);
  expect(await markDone("warm-compress", 1)).toEqual({ ok: true, doneToday: 1 });
});

describe("screen-level reads", () => {
  // 16 since the outcome measures' trend table (issue 15): its completed entries are one read.
  it("the client overview: 16 statements and one audit row naming what it showed", async () => {
    await signInAs(here.therapist);
    const { statements, audits } = await measure(() => getClientOverview(clientId));
    expect(statements).toBe(16);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "chart.read", objectId: clientId, outcome: "allowed" });
    expect((audits[0]!.detail as { shown: string[] }).shown).toContain("timeline");
    expect((audits[0]!.detail as { shown: string[] }).shown).toContain("outcomes");
  });

  it("the plan builder: 11 statements and one audit row", async () => {
    await signInAs(here.therapist);
    const { statements, audits } = await measure(() => getPlanBuilder(clientId, planId));
    expect(statements).toBe(11);
    expect(audits.map((a) => [a.action, a.objectId])).toEqual([["plan.read", planId]]);
  });

  it("the session note: 8 statements and one audit row", async () => {
    await signInAs(here.therapist);
    const { statements, audits } = await measure(() => getSessionNoteScreen(clientId, noteId));
    expect(statements).toBe(8);
    expect(audits.map((a) => [a.action, a.objectId])).toEqual([["note.read", noteId]]);
  });

  it("the portal's Today: 10 statements and one audit row", async () => {
    await signInAs(here.clientA.login);
    const { statements, audits } = await measure(() => getPortalToday());
    expect(statements).toBe(10);
    expect(audits.map((a) => [a.action, a.objectId])).toEqual([["portal.today", clientId]]);
  });

  it("a check-off checks the one item: no Today read, no Today audit row", async () => {
    await signInAs(here.clientA.login);
    const { statements, audits } = await measure(() => markDone("calf-self-massage", 1));
    // The one item is checked; the client's adherence is marked for the job to recompute.
    expect(statements).toBe(10);
    expect(audits.map((a) => a.action)).toEqual(["portal.mark"]);
  });

  it("the counts do not grow with the record: more visits, findings and flags cost no extra statement", async () => {
    await signInAs(here.therapist);
    const before = await measure(() => getClientOverview(clientId));
    const intakeId = await createIntake(
      clientId,
      intakeInput({
        chiefComplaint: "Calf tightness",
        painSites: [{ site: "Calf", side: "right" }],
        painNow: 5,
        activities: [{ id: "high-heels", frequency: null, notes: null }],
      }),
    );
    await saveFinding(
      { intakeId },
      { muscleId: "soleus", side: "right", tenderness: 5, pointType: "latent", reproducesPain: false, notes: null },
    );
    await recordScreen({ intakeId }, screen(["bakers-cyst"]));
    await startSession(intakeId);
    const after = await measure(() => getClientOverview(clientId));
    expect(after.statements).toBe(before.statements);
    expect(after.audits).toHaveLength(1);
  });
});
