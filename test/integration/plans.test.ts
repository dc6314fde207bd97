import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getClientOverview } from "@/lib/dal/client-overview";
import { saveFinding } from "@/lib/dal/findings";
import { recordClearance } from "@/lib/dal/flags";
import { createIntake } from "@/lib/dal/intakes";
import { getLibraryItem, listLibrary, saveLibraryItem } from "@/lib/dal/library";
import { getPlanBuilder } from "@/lib/dal/plan-builder";
import { getPrintablePlan } from "@/lib/dal/plan-print";
import { advancePlan, createPlan, editPlan, suggestIntoPlan } from "@/lib/dal/plans";
import { recordScreen } from "@/lib/dal/screens";
import type { LibraryItemInput } from "@/lib/validation/plan-item";
import {
  auditRows,
  createPractice,
  intakeInput,
  newClient,
  NOT_FOUND,
  screenAnswering as screen,
  signInAs,
} from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

/** A new client with a knee intake (hiking, high heels), examined and screened (varicose veins). */
async function examinedClient() {
  const clientId = await newClient({ givenName: "Hugo" });
  const intakeId = await createIntake(
    clientId,
    intakeInput({
      chiefComplaint: "Back of knee pain",
      painSites: [{ site: "Back of knee", side: "left" }],
      painNow: 6,
      activities: [
        { id: "hiking-downhill", frequency: null, notes: null },
        { id: "high-heels", frequency: null, notes: null },
      ],
    }),
  );
  for (const muscleId of ["popliteus", "gastrocnemius"] as const) {
    await saveFinding(
      { intakeId },
      { muscleId, side: "left", tenderness: 6, pointType: "active", reproducesPain: true, notes: null },
    );
  }
  await recordScreen({ intakeId }, screen(["varicose-veins"]));
  return { clientId, intakeId };
}

beforeAll(async () => {
  here = await createPractice("Plans");
  elsewhere = await createPractice("OtherPlans");
});

beforeEach(async () => {
  await signInAs(here.therapist);
});

describe("a plan", () => {
  it("is suggested from findings and causes, activated as version 1, and edited into version 2", async () => {
    const { clientId } = await examinedClient();
    const planId = await createPlan(clientId);
    expect(await suggestIntoPlan(planId)).toMatchObject({ ok: true, leftOut: expect.any(Array) });
    let plan = await getPlanBuilder(clientId, planId);
    expect(plan).toMatchObject({ id: planId, clientId, status: "draft", header: { id: clientId } });
    const ids = plan.entries.map((e) => e.itemId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "warm-compress",
        "calf-self-massage",
        "popliteus-ball-release",
        "calf-stretch",
        "internal-tibial-rotation",
        "advice-high-heels",
      ]),
    );
    expect(plan.entries.findIndex((e) => e.phase === "strengthen")).toBeGreaterThan(
      plan.entries.findLastIndex((e) => e.phase === "relax"),
    );
    // Varicose veins: calf massage stays, carrying the warning.
    expect(plan.entries.find((e) => e.itemId === "calf-self-massage")!.verdict.warnings[0]).toMatch(/Varicose veins/);

    const stretch = plan.entries.find((e) => e.itemId === "calf-stretch")!;
    expect(
      await editPlan(planId, {
        type: "set-dosage",
        key: stretch.key,
        dosage: { holdSeconds: 30, reps: 3, timesPerDay: 2 },
      }),
    ).toEqual({ ok: true });
    expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });
    plan = await getPlanBuilder(clientId, planId);
    expect(plan.status).toBe("active");
    expect(plan.unpublishedChanges).toBe(false);
    expect(plan.versions.map((v) => v.version)).toEqual([1]);
    expect(plan.versions[0]!.entries.find((e) => e.itemId === "calf-stretch")!.dosageText).toBe(
      "3 times, hold 30 seconds, twice a day",
    );
    expect(plan.versions[0]!.entries.find((e) => e.itemId === "calf-self-massage")!.warnings[0]).toMatch(
      /Varicose veins/,
    );

    expect(await editPlan(planId, { type: "remove", key: stretch.key })).toEqual({ ok: true });
    expect((await getPlanBuilder(clientId, planId)).unpublishedChanges).toBe(true);
    expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 2 });
    plan = await getPlanBuilder(clientId, planId);
    expect(plan.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(plan.versions[0]!.publishedByName).toBe(here.therapist.displayName);
    // The printout shows the newest version.
    const printable = await getPrintablePlan(clientId, planId);
    expect(printable).toMatchObject({ practiceName: "Plans", clientName: "Hugo Hiker", version: { version: 2 } });
    expect(printable.version!.entries.map((e) => e.itemId)).not.toContain("calf-stretch");
    // Both publications are on the client's overview and timeline, in order.
    const overview = await getClientOverview(clientId);
    expect(overview.plans).toMatchObject([{ id: planId, status: "active", publishedVersions: 2 }]);
    const published = overview.chart.timeline.filter((e) => e.kind === "plan-published");
    expect(published).toMatchObject([
      { planId, version: 1, by: here.therapist.displayName },
      { planId, version: 2, by: here.therapist.displayName },
    ]);
  });

  it("retires the client's previous plan when a new one is activated", async () => {
    const { clientId } = await examinedClient();
    const first = await createPlan(clientId);
    await editPlan(first, { type: "add", itemId: "calf-stretch" });
    expect(await editPlan(first, { type: "publish" })).toEqual({ ok: true, published: 1 });
    const second = await createPlan(clientId);
    expect(await advancePlan(second)).toEqual({ ok: false, code: "plan.not-active" });
    await editPlan(second, { type: "add", itemId: "single-leg-stance" });
    expect(await editPlan(second, { type: "publish" })).toEqual({ ok: true, published: 1 });
    expect((await getPlanBuilder(clientId, first)).status).toBe("archived");
    expect((await getPlanBuilder(clientId, second)).status).toBe("active");
    // A retired plan is read-only.
    expect(await editPlan(first, { type: "add", itemId: "warm-compress" })).toEqual({
      ok: false,
      code: "plan.archived",
    });
    expect(await advancePlan(first)).toEqual({ ok: false, code: "plan.not-active" });
    expect(await advancePlan(second)).toEqual({ ok: true });
    expect((await getPlanBuilder(clientId, second)).strengthenOpen).toBe(true);
  });

  it("cannot be activated, nor take massage items, while suspected DVT is open", async () => {
    const { clientId, intakeId } = await examinedClient();
    const planId = await createPlan(clientId);
    expect(await editPlan(planId, { type: "add", itemId: "calf-stretch" })).toEqual({ ok: true });
    await recordScreen({ intakeId }, screen(["suspected-dvt", "varicose-veins"]));
    expect(await editPlan(planId, { type: "publish" })).toEqual({
      ok: false,
      code: "plan.refused",
      refusals: [
        {
          code: "plan.activation-blocked",
          reasons: [expect.stringContaining("Suspected deep vein thrombosis is open")],
        },
      ],
    });
    expect(await editPlan(planId, { type: "add", itemId: "calf-self-massage" })).toEqual({
      ok: false,
      code: "plan.refused",
      refusals: [
        { code: "plan.item-blocked", item: "Calf self-massage", reasons: [expect.stringMatching(/deep vein/i)] },
      ],
    });
    // All or nothing: a batch with one refused action changes nothing.
    expect(
      await editPlan(planId, [
        { type: "add", itemId: "warm-compress" },
        { type: "add", itemId: "calf-self-massage" },
      ]),
    ).toMatchObject({ ok: false, code: "plan.refused", refusals: [{ code: "plan.item-blocked" }] });
    let plan = await getPlanBuilder(clientId, planId);
    expect(plan.status).toBe("draft");
    expect(plan.entries.map((e) => e.itemId)).toEqual(["calf-stretch"]);
    expect(plan.activationBlockers).toEqual([expect.stringContaining("Suspected deep vein thrombosis")]);
    expect(plan.library.find((i) => i.id === "calf-self-massage")!.verdict.blocked).toBe(true);
    // Each refusal is audited as a failed edit of the plan.
    expect((await auditRows(planId)).filter((r) => r.outcome === "failed").map((r) => r.action)).toEqual([
      "plan.publish",
      "plan.edit",
      "plan.edit",
    ]);

    // Once the GP's clearance is recorded, the plan can be activated.
    const dvt = (await getClientOverview(clientId)).flags.open.find((f) => f.contraindicationId === "suspected-dvt")!;
    await recordClearance(dvt.id, { clearedBy: "Dr Rao, GP", clearedOn: "2026-11-21", clearanceNote: null });
    expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });
    plan = await getPlanBuilder(clientId, planId);
    expect(plan.status).toBe("active");
  });
});

describe("the library", () => {
  const gun: LibraryItemInput = {
    name: "Massage gun behind the knee",
    phase: "relax",
    kind: "tool-release",
    targetMuscles: ["popliteus"],
    steps: ["Use it"],
    progressions: [],
    cautions: [],
    dosage: { minutes: 2 },
    deepPressure: true,
    behindKnee: true,
    electric: true,
  };

  it("refuses a massage gun behind the knee and keeps practice items to their practice", async () => {
    expect(await saveLibraryItem(null, gun)).toEqual({
      ok: false,
      code: "library.rule",
      reasons: [expect.stringContaining("No massage gun")],
    });
    const saved = await saveLibraryItem(null, {
      ...gun,
      name: "Gentle calf stroking",
      targetMuscles: ["gastrocnemius"],
      behindKnee: false,
      electric: false,
      kind: "self-massage",
    });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    expect(await getLibraryItem(id)).toMatchObject({ custom: true, name: "Gentle calf stroking" });
    expect((await listLibrary()).some((i) => i.id === id)).toBe(true);
    // Reference items are read-only.
    await expect(saveLibraryItem("calf-stretch", { ...gun, electric: false, behindKnee: false })).rejects.toThrow(
      NOT_FOUND,
    );
    await signInAs(elsewhere.therapist);
    await expect(getLibraryItem(id)).rejects.toThrow(NOT_FOUND);
    await expect(saveLibraryItem(id, { ...gun, electric: false, behindKnee: false })).rejects.toThrow(NOT_FOUND);
    expect((await listLibrary()).some((i) => i.id === id)).toBe(false);
    expect((await auditRows(id)).filter((r) => r.outcome === "denied")).toMatchObject([
      { action: "library.read", actorId: elsewhere.therapist.id },
      { action: "library.update", actorId: elsewhere.therapist.id },
    ]);
  });

  it("is not open to clients", async () => {
    await signInAs(here.clientA.login);
    await expect(listLibrary()).rejects.toThrow(NOT_FOUND);
    await expect(getLibraryItem("calf-stretch")).rejects.toThrow(NOT_FOUND);
  });
});

describe("another practice and clients", () => {
  it("get not-found for a plan, audited with the action refused", async () => {
    const { clientId } = await examinedClient();
    const planId = await createPlan(clientId);
    await signInAs(elsewhere.admin);
    await expect(getPlanBuilder(clientId, planId)).rejects.toThrow(NOT_FOUND);
    await expect(getPrintablePlan(clientId, planId)).rejects.toThrow(NOT_FOUND);
    await expect(editPlan(planId, { type: "add", itemId: "calf-stretch" })).rejects.toThrow(NOT_FOUND);
    await expect(editPlan(planId, { type: "publish" })).rejects.toThrow(NOT_FOUND);
    await expect(suggestIntoPlan(planId)).rejects.toThrow(NOT_FOUND);
    await expect(advancePlan(planId)).rejects.toThrow(NOT_FOUND);
    await expect(createPlan(clientId)).rejects.toThrow(NOT_FOUND);
    expect(
      (await auditRows(planId)).filter((r) => r.actorId === elsewhere.admin.id).map((r) => [r.action, r.outcome]),
    ).toEqual([
      ["plan.read", "denied"],
      ["plan.print", "denied"],
      ["plan.edit", "denied"],
      ["plan.publish", "denied"],
      ["plan.suggest", "denied"],
      ["plan.advance", "denied"],
    ]);
    await signInAs(here.clientA.login);
    await expect(getPlanBuilder(clientId, planId)).rejects.toThrow(NOT_FOUND);
    await expect(editPlan(planId, { type: "publish" })).rejects.toThrow(NOT_FOUND);
    await signInAs(here.therapist);
    expect((await getPlanBuilder(clientId, planId)).entries).toEqual([]);
  });
});
