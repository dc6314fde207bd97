import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/dal/client-records";
import { saveFinding } from "@/lib/dal/findings";
import { recordScreen } from "@/lib/dal/flags";
import { createIntake } from "@/lib/dal/intakes";
import { getLibraryItem, listLibrary, saveLibraryItem } from "@/lib/dal/plan-library";
import { createPlan, editPlan, getPlanBuilder, suggestIntoPlan } from "@/lib/dal/plans";
import { getClientChart } from "@/lib/dal/timeline";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import type { LibraryItemInput } from "@/lib/validation/plan-item";
import type { ScreenInput } from "@/lib/validation/screen";
import { createPractice, NOT_FOUND, signInAs } from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;
let clientId: string;
let intakeId: string;

const screen = (yes: string[]): ScreenInput =>
  ({
    answers: Object.fromEntries(
      CONTRAINDICATIONS.map((c) => [c.id, { answer: yes.includes(c.id) ? "yes" : "no", note: null }]),
    ),
  }) as ScreenInput;

beforeAll(async () => {
  here = await createPractice("Plans");
  elsewhere = await createPractice("OtherPlans");
  await signInAs(here.therapist);
  const created = await createClient({
    givenName: "Hugo",
    familyName: "Hiker",
    dateOfBirth: null,
    email: null,
    phone: null,
    primaryTherapistId: null,
  });
  if (!created.ok) throw new Error("no client");
  clientId = created.id;
  intakeId = await createIntake(clientId, {
    chiefComplaint: "Back of knee pain",
    painSites: [{ site: "Back of knee", side: "left" }],
    onsetDate: null,
    duration: null,
    aggravating: null,
    easing: null,
    painNow: 6,
    psfs: [],
    medicalHistory: null,
    medications: null,
    activities: [
      { id: "hiking-downhill", frequency: null, notes: null },
      { id: "high-heels", frequency: null, notes: null },
    ],
  });
  for (const muscleId of ["popliteus", "gastrocnemius"] as const) {
    await saveFinding(
      { intakeId },
      { muscleId, side: "left", tenderness: 6, pointType: "active", reproducesPain: true, notes: null },
    );
  }
  await recordScreen({ intakeId }, screen(["varicose-veins"]));
});

describe("a plan", () => {
  it("is suggested from findings and causes, activated as version 1, and edited into version 2", async () => {
    const planId = await createPlan(clientId);
    expect(await suggestIntoPlan(planId)).toMatchObject({ ok: true });
    let plan = await getPlanBuilder(planId);
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
    expect(await editPlan(planId, { type: "publish" })).toMatchObject({ ok: true });
    plan = await getPlanBuilder(planId);
    expect(plan.status).toBe("active");
    expect(plan.versions.map((v) => v.version)).toEqual([1]);
    expect(plan.versions[0]!.entries.find((e) => e.itemId === "calf-stretch")!.dosageText).toBe(
      "3 times, hold 30 seconds, twice a day",
    );
    expect(plan.versions[0]!.entries.find((e) => e.itemId === "calf-self-massage")!.warnings[0]).toMatch(
      /Varicose veins/,
    );

    await editPlan(planId, { type: "remove", key: stretch.key });
    expect((await getPlanBuilder(planId)).unpublishedChanges).toBe(true);
    expect(await editPlan(planId, { type: "publish" })).toMatchObject({ ok: true });
    plan = await getPlanBuilder(planId);
    expect(plan.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(plan.versions[0]!.publishedByName).toBe(here.therapist.displayName);
    // Both publications are on the client's timeline, in order.
    const published = (await getClientChart(clientId)).timeline.filter((e) => e.kind === "plan-published");
    expect(published).toMatchObject([
      { planId, version: 1, by: here.therapist.displayName },
      { planId, version: 2, by: here.therapist.displayName },
    ]);
  });

  it("retires the client's previous plan when a new one is activated", async () => {
    const first = await createPlan(clientId);
    await editPlan(first, { type: "add", itemId: "calf-stretch" });
    await editPlan(first, { type: "publish" });
    const second = await createPlan(clientId);
    await editPlan(second, { type: "add", itemId: "single-leg-stance" });
    await editPlan(second, { type: "publish" });
    expect((await getPlanBuilder(first)).status).toBe("archived");
    expect((await getPlanBuilder(second)).status).toBe("active");
  });

  it("cannot be activated, nor take massage items, while suspected DVT is open", async () => {
    const planId = await createPlan(clientId);
    expect(await editPlan(planId, { type: "add", itemId: "calf-stretch" })).toEqual({ ok: true });
    await recordScreen({ intakeId }, screen(["suspected-dvt", "varicose-veins"]));
    const refused = await editPlan(planId, { type: "publish" });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("Suspected deep vein thrombosis is open") });
    expect(await editPlan(planId, { type: "add", itemId: "calf-self-massage" })).toEqual({
      ok: false,
      message: expect.stringContaining("cannot be added"),
    });
    const plan = await getPlanBuilder(planId);
    expect(plan.status).toBe("draft");
    expect(plan.entries.map((e) => e.itemId)).toEqual(["calf-stretch"]);
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
    await signInAs(here.therapist);
    expect(await saveLibraryItem(null, gun)).toEqual({ ok: false, message: expect.stringContaining("No massage gun") });
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
    expect((await getLibraryItem(id)).custom).toBe(true);
    await expect(saveLibraryItem("calf-stretch", { ...gun, electric: false, behindKnee: false })).rejects.toThrow(
      NOT_FOUND,
    );
    await signInAs(elsewhere.therapist);
    await expect(getLibraryItem(id)).rejects.toThrow(NOT_FOUND);
    expect((await listLibrary()).some((i) => i.id === id)).toBe(false);
  });

  it("answers not-found to another practice and to clients", async () => {
    await signInAs(here.therapist);
    const planId = await createPlan(clientId);
    await signInAs(elsewhere.admin);
    await expect(getPlanBuilder(planId)).rejects.toThrow(NOT_FOUND);
    await expect(editPlan(planId, { type: "publish" })).rejects.toThrow(NOT_FOUND);
    await expect(createPlan(clientId)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.clientA.login);
    await expect(getPlanBuilder(planId)).rejects.toThrow(NOT_FOUND);
    await expect(listLibrary()).rejects.toThrow(NOT_FOUND);
  });
});
