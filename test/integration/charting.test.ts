import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { findings, practices, sessionNotes } from "@/db/schema";
import { createClient } from "@/lib/dal/client-records";
import { saveFinding } from "@/lib/dal/findings";
import { listFlags, recordClearance, recordReferral, recordScreen } from "@/lib/dal/flags";
import { createIntake, getIntake } from "@/lib/dal/intakes";
import { addAmendment, getSessionNote, saveDraft, signNote, startSession } from "@/lib/dal/session-notes";
import { getClientChart } from "@/lib/dal/timeline";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import { dayIn } from "@/lib/domain/days";
import type { IntakeInput } from "@/lib/validation/intake";
import type { ScreenInput } from "@/lib/validation/screen";
import { createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

function screen(yes: string[] = []): ScreenInput {
  return {
    answers: Object.fromEntries(
      CONTRAINDICATIONS.map((c) => [c.id, { answer: yes.includes(c.id) ? "yes" : "no", note: null }]),
    ),
  } as ScreenInput;
}

const hikerIntake: IntakeInput = {
  chiefComplaint: "Pain behind the left knee after hiking",
  painSites: [{ site: "Back of knee", side: "left" }],
  onsetDate: "2026-10-01",
  duration: "7 weeks",
  aggravating: "Walking downhill",
  easing: "Rest",
  painNow: 6,
  psfs: [{ activity: "Hiking downhill", score: 3 }],
  medicalHistory: null,
  medications: null,
  activities: [
    { id: "hiking-downhill", frequency: "Weekly", notes: null },
    { id: "high-heels", frequency: "Workdays", notes: null },
  ],
};

// Test practices keep the default time zone, UTC.
const note = (version: number, subjective: string) => ({
  visitDate: dayIn("UTC", new Date()),
  subjective,
  painNow: 4,
  assessment: "",
  plan: "",
  version,
});
const finding = (muscleId: "popliteus" | "gastrocnemius", tenderness: number) => ({
  muscleId,
  side: "left" as const,
  tenderness,
  pointType: "active" as const,
  reproducesPain: true,
  notes: null,
});

let clientId: string;
let intakeId: string;

beforeAll(async () => {
  here = await createPractice("Charting");
  elsewhere = await createPractice("Rival");
  await signInAs(here.therapist);
  const created = await createClient({
    givenName: "Hana",
    familyName: "Hiker",
    dateOfBirth: "1980-05-05",
    email: null,
    phone: null,
    primaryTherapistId: here.therapist.id,
  });
  if (!created.ok) throw new Error("client not created");
  clientId = created.id;
  intakeId = await createIntake(clientId, hikerIntake);
});

describe("intake", () => {
  it("suggests the muscles the activity causes overload", async () => {
    const intake = await getIntake(intakeId);
    expect(intake.suggestedMuscles).toEqual(expect.arrayContaining(["gastrocnemius", "popliteus"]));
    expect(intake.activities.map((a) => a.id).sort()).toEqual(["high-heels", "hiking-downhill"]);
  });

  it("opens a caution for varicose veins and nothing for a no on DVT", async () => {
    await saveFinding({ intakeId }, finding("popliteus", 7));
    await saveFinding({ intakeId }, finding("gastrocnemius", 5));
    await recordScreen({ intakeId }, screen(["varicose-veins"]));
    const { open } = await listFlags(clientId);
    expect(open.map((f) => f.contraindicationId)).toEqual(["varicose-veins"]);
  });
});

describe("session notes", () => {
  it("are dated with the practice's own calendar day, not the server's", async () => {
    // A zone whose calendar day differs from UTC's right now: UTC+14 from 10:00 UTC, UTC-12 before noon.
    const now = new Date();
    const timeZone = dayIn("Pacific/Kiritimati", now) !== dayIn("UTC", now) ? "Pacific/Kiritimati" : "Etc/GMT+12";
    expect(dayIn(timeZone, now)).not.toBe(dayIn("UTC", now));
    const db = await testDb();
    const other = await createPractice("Far away");
    await db.update(practices).set({ timeZone }).where(eq(practices.id, other.practice.id));
    await signInAs(other.therapist);
    try {
      const created = await createClient({
        givenName: "Tia",
        familyName: "East",
        dateOfBirth: null,
        email: null,
        phone: null,
        primaryTherapistId: null,
      });
      if (!created.ok) throw new Error("no client");
      const noteId = await startSession(await createIntake(created.id, hikerIntake));
      expect((await getSessionNote(noteId)).visitDate).toBe(dayIn(timeZone, new Date()));
    } finally {
      await signInAs(here.therapist);
    }
  });

  it("start from the last visit's findings, refuse to sign without a re-screen, then lock", async () => {
    const noteId = await startSession(intakeId);
    const draft = await getSessionNote(noteId);
    expect(draft.findings.map((f) => `${f.muscleId}:${f.tenderness}`).sort()).toEqual([
      "gastrocnemius:5",
      "popliteus:7",
    ]);

    expect(draft.visitDate).toBe(dayIn("UTC", new Date()));
    const saved = await saveDraft(noteId, note(draft.version, "Better on flat ground"));
    expect(saved).toEqual({ ok: true, version: draft.version + 1 });
    expect(await signNote(noteId, draft.version + 1)).toEqual({
      ok: false,
      message: "Re-ask the contraindication screen at this visit before signing.",
    });
    await recordScreen({ noteId }, screen(["varicose-veins"]));
    expect(await signNote(noteId, draft.version + 1)).toEqual({ ok: true });

    const signed = await getSessionNote(noteId);
    expect(signed.status).toBe("signed");
    expect(await saveDraft(noteId, note(signed.version, "Overwrite attempt"))).toMatchObject({
      ok: false,
      reason: "signed",
    });
    expect(await saveFinding({ noteId }, finding("popliteus", 1))).toMatchObject({ ok: false });
    expect((await getSessionNote(noteId)).subjective).toBe("Better on flat ground");
  });

  it("are immutable in the database once signed, and amendments link to them", async () => {
    const noteId = (await getClientChart(clientId)).sessions.find((s) => s.status === "signed")!.id;
    const db = await testDb();
    await expect(
      db.update(sessionNotes).set({ subjective: "tampered" }).where(eq(sessionNotes.id, noteId)),
    ).rejects.toThrow();
    await expect(db.delete(findings).where(eq(findings.sessionNoteId, noteId))).rejects.toThrow();
    expect(await addAmendment(noteId, "Client also reported stiffness in the morning.")).toEqual({ ok: true });
    const amended = await getSessionNote(noteId);
    expect(amended.subjective).toBe("Better on flat ground");
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        body: "Client also reported stiffness in the morning.",
        authorName: here.therapist.displayName,
      }),
    ]);
  });

  it("give the second of two concurrent saves a conflict with the saved text, losing nothing", async () => {
    const noteId = await startSession(intakeId);
    const { version } = await getSessionNote(noteId);
    expect((await saveDraft(noteId, note(version, "First editor's text"))).ok).toBe(true);
    const second = await saveDraft(noteId, note(version, "Second editor's text"));
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { subjective: "First editor's text", version: version + 1 },
    });
    expect((await getSessionNote(noteId)).subjective).toBe("First editor's text");
    // Saving again from the version they were shown replaces it deliberately.
    expect((await saveDraft(noteId, note(version + 1, "Second editor's text"))).ok).toBe(true);
  });

  it("show the re-measured tenderness across visits", async () => {
    const noteId = (await getClientChart(clientId)).sessions.find((s) => s.status === "draft")!.id;
    await saveFinding({ noteId }, finding("popliteus", 4));
    const chart = await getClientChart(clientId);
    const popliteus = chart.trends.find((t) => t.muscleId === "popliteus" && t.side === "left")!;
    expect(popliteus.values).toEqual([7, 7, 4]);
    expect(chart.timeline[0]).toMatchObject({ kind: "intake" });
  });
});

describe("stop-level flags", () => {
  it("stay open through a later 'no' until a clearance is recorded", async () => {
    await recordScreen({ intakeId }, screen(["suspected-dvt"]));
    let { open } = await listFlags(clientId);
    const dvt = open.find((f) => f.contraindicationId === "suspected-dvt")!;
    expect(open[0]!.contraindicationId).toBe("suspected-dvt");
    await recordReferral(dvt.id, { referredTo: "GP, urgent", referredOn: "2026-11-20", referralNote: null });
    await recordScreen({ intakeId }, screen([]));
    ({ open } = await listFlags(clientId));
    expect(open.map((f) => f.contraindicationId)).toEqual(["suspected-dvt"]); // varicose resolved, DVT not
    expect(
      await recordClearance(dvt.id, {
        clearedBy: "Dr Rao, GP",
        clearedOn: "2026-11-21",
        clearanceNote: "Doppler negative",
      }),
    ).toMatchObject({ ok: true });
    expect((await listFlags(clientId)).open).toEqual([]);
  });
});

describe("another practice", () => {
  it("gets not-found for every object of this client's record", async () => {
    const chart = await getClientChart(clientId);
    const noteId = chart.sessions[0]!.id;
    const flagId = (await listFlags(clientId)).closed[0]!.id;
    await signInAs(elsewhere.therapist);
    await expect(getIntake(intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(getSessionNote(noteId)).rejects.toThrow(NOT_FOUND);
    await expect(getClientChart(clientId)).rejects.toThrow(NOT_FOUND);
    await expect(createIntake(clientId, hikerIntake)).rejects.toThrow(NOT_FOUND);
    await expect(startSession(intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(saveFinding({ intakeId }, finding("popliteus", 0))).rejects.toThrow(NOT_FOUND);
    await expect(recordScreen({ intakeId }, screen([]))).rejects.toThrow(NOT_FOUND);
    await expect(
      recordClearance(flagId, { clearedBy: "x", clearedOn: "2026-11-21", clearanceNote: null }),
    ).rejects.toThrow(NOT_FOUND);
  });

  it("and so do clients of the same practice", async () => {
    await signInAs(here.clientA.login);
    await expect(getIntake(intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(getClientChart(clientId)).rejects.toThrow(NOT_FOUND);
  });
});
