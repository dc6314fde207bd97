import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, findings, practices, sessionNotes } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { recordConsent } from "@/lib/dal/client-records";
import { saveFinding } from "@/lib/dal/findings";
import { recordClearance, recordReferral } from "@/lib/dal/flags";
import { createIntake, getIntakeScreen, getNewIntakeScreen } from "@/lib/dal/intakes";
import { recordScreen } from "@/lib/dal/screens";
import { addAmendment, getSessionNoteScreen, saveDraft, signNote, startSession } from "@/lib/dal/session-notes";
import { dayIn } from "@/lib/domain/days";
import type { IntakeInput } from "@/lib/validation/intake";
import {
  auditRows,
  createPractice,
  newClient,
  NOT_FOUND,
  screenAnswering as screen,
  signInAs,
  testDb,
} from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

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

/**
 * A new client with the hiker's intake, examined (popliteus 7, gastrocnemius 5) and screened
 * (varicose veins), with consent to treatment on file (signing needs it).
 */
async function examinedClient() {
  const clientId = await newClient();
  await recordConsent(clientId, "Hana Hiker");
  const intakeId = await createIntake(clientId, hikerIntake);
  await saveFinding({ intakeId }, finding("popliteus", 7));
  await saveFinding({ intakeId }, finding("gastrocnemius", 5));
  expect(await recordScreen({ intakeId }, screen(["varicose-veins"]))).toEqual({
    ok: true,
    opened: ["varicose-veins"],
    changed: [],
  });
  return { clientId, intakeId };
}

/** A session note of an examined client, written, re-screened and signed. */
async function signedNote() {
  const { clientId, intakeId } = await examinedClient();
  const noteId = await startSession(intakeId);
  const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
  expect(await saveDraft(noteId, note(version, "Better on flat ground"))).toEqual({ ok: true, version: version + 1 });
  expect(await recordScreen({ noteId }, screen(["varicose-veins"]))).toMatchObject({ ok: true });
  expect(await signNote(noteId, version + 1)).toEqual({ ok: true });
  return { clientId, intakeId, noteId };
}

beforeAll(async () => {
  here = await createPractice("Charting");
  elsewhere = await createPractice("Rival");
});

beforeEach(async () => {
  await signInAs(here.therapist);
});

describe("intake", () => {
  it("suggests the muscles the activity causes overload", async () => {
    const clientId = await newClient();
    const intakeId = await createIntake(clientId, hikerIntake);
    const { header, intake, screen } = await getIntakeScreen(clientId, intakeId);
    expect(header).toMatchObject({ id: clientId, givenName: "Hana", openFlags: [] });
    expect(intake.suggestedMuscles).toEqual(expect.arrayContaining(["gastrocnemius", "popliteus"]));
    expect(intake.activities.map((a) => a.id).sort()).toEqual(["high-heels", "hiking-downhill"]);
    expect(intake.findings).toEqual([]);
    expect(screen).toBeNull();
  });

  it("opens a caution for varicose veins and nothing for a no on DVT", async () => {
    const { clientId, intakeId } = await examinedClient();
    const { flags, header } = await getClientOverview(clientId);
    expect(flags.open.map((f) => f.contraindicationId)).toEqual(["varicose-veins"]);
    expect(header.openFlags.map((f) => f.contraindicationId)).toEqual(["varicose-veins"]);
    const visit = await getIntakeScreen(clientId, intakeId);
    expect(visit.screen!.answers["suspected-dvt"]).toEqual({ answer: "no", note: null });
    expect(visit.screen!.answers["varicose-veins"]).toEqual({ answer: "yes", note: null });
    expect(visit.intake.findings.map((f) => `${f.muscleId}:${f.tenderness}`).sort()).toEqual([
      "gastrocnemius:5",
      "popliteus:7",
    ]);
    expect((await getNewIntakeScreen(clientId)).header.openFlags).toHaveLength(1);
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
    const clientId = await newClient({ givenName: "Tia", familyName: "East" });
    const noteId = await startSession(await createIntake(clientId, hikerIntake));
    const screen = await getSessionNoteScreen(clientId, noteId);
    expect(screen.timeZone).toBe(timeZone);
    expect(screen.note.visitDate).toBe(dayIn(timeZone, new Date()));
  });

  it("start from the last visit's findings, refuse to sign without a re-screen, then lock", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    const { note: draft, screen: noteScreen } = await getSessionNoteScreen(clientId, noteId);
    expect(draft.findings.map((f) => `${f.muscleId}:${f.tenderness}`).sort()).toEqual([
      "gastrocnemius:5",
      "popliteus:7",
    ]);
    expect(noteScreen).toBeNull();
    expect(draft.visitDate).toBe(dayIn("UTC", new Date()));
    expect(draft.status).toBe("draft");

    const saved = await saveDraft(noteId, note(draft.version, "Better on flat ground"));
    expect(saved).toEqual({ ok: true, version: draft.version + 1 });
    expect(await signNote(noteId, draft.version + 1)).toEqual({
      ok: false,
      code: "note.sign-blocked",
      blockers: ["note.screen-missing"],
    });
    await recordScreen({ noteId }, screen(["varicose-veins"]));
    expect(await signNote(noteId, draft.version + 1)).toEqual({ ok: true });

    const signed = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(signed).toMatchObject({ status: "signed", signedByName: here.therapist.displayName });
    expect(await signNote(noteId, signed.version)).toEqual({
      ok: false,
      code: "note.sign-blocked",
      blockers: ["note.already-signed"],
    });
    expect(await saveDraft(noteId, note(signed.version, "Overwrite attempt"))).toEqual({
      ok: false,
      code: "note.signed",
    });
    expect(await saveFinding({ noteId }, finding("popliteus", 1))).toEqual({ ok: false, code: "note.signed" });
    expect(await recordScreen({ noteId }, screen([]))).toEqual({ ok: false, code: "note.signed" });
    const after = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(after.subjective).toBe("Better on flat ground");
    expect(after.findings.find((f) => f.muscleId === "popliteus")!.tenderness).toBe(7);
  });

  it("refuse to sign an empty note", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    await recordScreen({ noteId }, screen(["varicose-veins"]));
    const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(await signNote(noteId, version)).toEqual({ ok: false, code: "note.sign-blocked", blockers: ["note.empty"] });
  });

  // Issue 13, bug 1: "A" saved, "A + numbness…" typed, then signed: the note was signed with "A".
  it("sign what the signer's screen shows, saving it in the same step; a refusal writes nothing", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(await saveDraft(noteId, note(version, "A"))).toEqual({ ok: true, version: version + 1 });
    const { visitDate, painNow, assessment, plan } = note(version + 1, "");
    const onScreen = { visitDate, subjective: "A + numbness on top of the right foot", painNow, assessment, plan };
    // Not yet re-asked: refused, and the draft keeps what was saved.
    expect(await signNote(noteId, version + 1, onScreen)).toMatchObject({ ok: false, code: "note.sign-blocked" });
    expect((await getSessionNoteScreen(clientId, noteId)).note).toMatchObject({ subjective: "A", status: "draft" });
    await recordScreen({ noteId }, screen([]));
    expect(await signNote(noteId, version + 1, onScreen)).toEqual({ ok: true });
    const signed = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(signed).toMatchObject({ subjective: "A + numbness on top of the right foot", status: "signed" });
    expect((await auditRows(noteId)).find((r) => r.action === "note.sign")!.detail).toEqual({
      savedWithSigning: ["subjective"],
    });
  });

  it("are immutable in the database once signed, and amendments link to them", async () => {
    const { clientId, noteId } = await signedNote();
    const db = await testDb();
    await expect(
      db.update(sessionNotes).set({ subjective: "tampered" }).where(eq(sessionNotes.id, noteId)),
    ).rejects.toThrow();
    await expect(db.delete(findings).where(eq(findings.sessionNoteId, noteId))).rejects.toThrow();
    expect(await addAmendment(noteId, "Client also reported stiffness in the morning.")).toEqual({ ok: true });
    const amended = (await getSessionNoteScreen(clientId, noteId)).note;
    expect(amended.subjective).toBe("Better on flat ground");
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        body: "Client also reported stiffness in the morning.",
        authorName: here.therapist.displayName,
      }),
    ]);
    const { timeline } = (await getClientOverview(clientId)).chart;
    expect(timeline.filter((e) => e.kind === "amendment")).toMatchObject([
      { noteId, text: "Client also reported stiffness in the morning." },
    ]);
  });

  it("take amendments only once signed", async () => {
    const { intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    expect(await addAmendment(noteId, "Too early")).toEqual({ ok: false, code: "note.not-signed" });
  });

  it("give the second of two concurrent saves a conflict with the saved text, losing nothing", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
    expect((await saveDraft(noteId, note(version, "First editor's text"))).ok).toBe(true);
    const second = await saveDraft(noteId, note(version, "Second editor's text"));
    expect(second).toMatchObject({
      ok: false,
      code: "note.conflict",
      current: { subjective: "First editor's text", version: version + 1 },
    });
    expect((await getSessionNoteScreen(clientId, noteId)).note.subjective).toBe("First editor's text");
    // Signing what the second editor saw is refused too: the note changed under them.
    await recordScreen({ noteId }, screen([]));
    expect(await signNote(noteId, version)).toEqual({ ok: false, code: "note.changed" });
    // Saving again from the version they were shown replaces it deliberately.
    expect(await saveDraft(noteId, note(version + 1, "Second editor's text"))).toEqual({
      ok: true,
      version: version + 2,
    });
    expect((await getSessionNoteScreen(clientId, noteId)).note.subjective).toBe("Second editor's text");
  });

  it("show the re-measured tenderness across visits", async () => {
    const { clientId, intakeId } = await examinedClient();
    const first = await startSession(intakeId);
    const second = await startSession(intakeId); // starts from the first note's findings
    await saveFinding({ noteId: second }, finding("popliteus", 4));
    const { chart } = await getClientOverview(clientId);
    const popliteus = chart.trends.find((t) => t.muscleId === "popliteus" && t.side === "left")!;
    expect(popliteus.values).toEqual([7, 7, 4]);
    const today = dayIn("UTC", new Date());
    expect(chart.visits).toEqual([
      { id: intakeId, kind: "intake", day: today },
      { id: first, kind: "session", day: today },
      { id: second, kind: "session", day: today },
    ]);
    expect(chart.timeline[0]).toMatchObject({ kind: "intake", id: intakeId });
    expect(chart.timeline.filter((e) => e.kind === "session")).toMatchObject([
      { id: first, status: "draft", visitDate: today },
      { id: second, status: "draft", visitDate: today },
    ]);
  });
});

describe("stop-level flags", () => {
  it("stay open through a later 'no' until a clearance is recorded", async () => {
    const { clientId, intakeId } = await examinedClient();
    await recordScreen({ intakeId }, screen(["suspected-dvt"]));
    let { open } = (await getClientOverview(clientId)).flags;
    // Varicose veins (a caution) was answered "no" this time: resolved. DVT is open, most severe first.
    expect(open.map((f) => f.contraindicationId)).toEqual(["suspected-dvt"]);
    const dvt = open[0]!;
    expect(
      await recordReferral(dvt.id, { referredTo: "GP, urgent", referredOn: "2026-11-20", referralNote: null }),
    ).toEqual({ ok: true, clientId });
    await recordScreen({ intakeId }, screen([]));
    ({ open } = (await getClientOverview(clientId)).flags);
    expect(open.map((f) => f.contraindicationId)).toEqual(["suspected-dvt"]); // a "no" does not close a stop flag
    const clearance = { clearedBy: "Dr Rao, GP", clearedOn: "2026-11-21", clearanceNote: "Doppler negative" };
    expect(await recordClearance(dvt.id, clearance)).toEqual({ ok: true, clientId });
    // A closed flag keeps its record: a late referral is refused, not written over it.
    expect(
      await recordReferral(dvt.id, { referredTo: "Late GP", referredOn: "2026-11-22", referralNote: null }),
    ).toEqual({ ok: false, clientId, code: "flag.already-closed" });
    expect(await recordClearance(dvt.id, clearance)).toEqual({ ok: false, clientId, code: "flag.already-closed" });

    const { flags, chart } = await getClientOverview(clientId);
    expect(flags.open).toEqual([]);
    expect(flags.closed.map((f) => [f.contraindicationId, f.status])).toEqual([
      ["varicose-veins", "resolved"],
      ["suspected-dvt", "cleared"],
    ]);
    const flagEvents = chart.timeline.filter((e) => e.kind.startsWith("flag-") || e.kind === "referral");
    expect(flagEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "flag-opened", contraindicationId: "suspected-dvt" }),
        expect.objectContaining({ kind: "flag-resolved", contraindicationId: "varicose-veins" }),
        expect.objectContaining({
          kind: "referral",
          contraindicationId: "suspected-dvt",
          to: "GP, urgent",
          on: "2026-11-20",
        }),
        expect.objectContaining({
          kind: "flag-cleared",
          contraindicationId: "suspected-dvt",
          by: "Dr Rao, GP",
          on: "2026-11-21",
        }),
      ]),
    );
    // The clearance comes after the referral on the timeline.
    const kinds = flagEvents
      .filter((e) => "contraindicationId" in e && e.contraindicationId === "suspected-dvt")
      .map((e) => e.kind);
    expect(kinds).toEqual(["flag-opened", "referral", "flag-cleared"]);
  });
});

describe("another practice", () => {
  it("gets not-found for every object of this client's record, each audited", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    await recordScreen({ intakeId }, screen([])); // resolves varicose veins: a closed flag
    const flagId = (await getClientOverview(clientId)).flags.closed[0]!.id;

    await signInAs(elsewhere.therapist);
    await expect(getClientOverview(clientId)).rejects.toThrow(NOT_FOUND);
    await expect(getNewIntakeScreen(clientId)).rejects.toThrow(NOT_FOUND);
    await expect(getIntakeScreen(clientId, intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(getSessionNoteScreen(clientId, noteId)).rejects.toThrow(NOT_FOUND);
    await expect(createIntake(clientId, hikerIntake)).rejects.toThrow(NOT_FOUND);
    await expect(startSession(intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(saveFinding({ intakeId }, finding("popliteus", 0))).rejects.toThrow(NOT_FOUND);
    await expect(saveFinding({ noteId }, finding("popliteus", 0))).rejects.toThrow(NOT_FOUND);
    await expect(recordScreen({ intakeId }, screen([]))).rejects.toThrow(NOT_FOUND);
    await expect(saveDraft(noteId, note(1, "Foreign text"))).rejects.toThrow(NOT_FOUND);
    await expect(signNote(noteId, 1)).rejects.toThrow(NOT_FOUND);
    await expect(addAmendment(noteId, "Foreign text")).rejects.toThrow(NOT_FOUND);
    await expect(
      recordReferral(flagId, { referredTo: "x", referredOn: "2026-11-21", referralNote: null }),
    ).rejects.toThrow(NOT_FOUND);
    await expect(
      recordClearance(flagId, { clearedBy: "x", clearedOn: "2026-11-21", clearanceNote: null }),
    ).rejects.toThrow(NOT_FOUND);

    const db = await testDb();
    const denied = await db
      .select({ action: auditEvents.action, objectId: auditEvents.objectId, outcome: auditEvents.outcome })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorId, elsewhere.therapist.id),
          inArray(auditEvents.objectId, [clientId, intakeId, noteId, flagId]),
        ),
      )
      .orderBy(asc(auditEvents.id));
    expect(denied).toEqual([
      { action: "chart.read", objectId: clientId, outcome: "denied" },
      { action: "intake.create", objectId: clientId, outcome: "denied" },
      { action: "intake.read", objectId: intakeId, outcome: "denied" },
      { action: "note.read", objectId: noteId, outcome: "denied" },
      { action: "intake.create", objectId: clientId, outcome: "denied" },
      { action: "note.create", objectId: intakeId, outcome: "denied" },
      { action: "finding.save", objectId: intakeId, outcome: "denied" },
      { action: "finding.save", objectId: noteId, outcome: "denied" },
      { action: "screen.record", objectId: intakeId, outcome: "denied" },
      { action: "note.save", objectId: noteId, outcome: "denied" },
      { action: "note.sign", objectId: noteId, outcome: "denied" },
      { action: "note.amend", objectId: noteId, outcome: "denied" },
      { action: "flag.referral", objectId: flagId, outcome: "denied" },
      { action: "flag.clearance", objectId: flagId, outcome: "denied" },
    ]);
    // Nothing of theirs was written to the record.
    await signInAs(here.therapist);
    const { intakes, chart } = await getClientOverview(clientId);
    expect(intakes).toHaveLength(1);
    expect(chart.visits).toHaveLength(2);
  });

  it("and so do clients of the same practice", async () => {
    const clientId = await newClient();
    const intakeId = await createIntake(clientId, hikerIntake);
    await signInAs(here.clientA.login);
    await expect(getIntakeScreen(clientId, intakeId)).rejects.toThrow(NOT_FOUND);
    await expect(getClientOverview(clientId)).rejects.toThrow(NOT_FOUND);
    await expect(getClientOverview(here.clientA.record.id)).rejects.toThrow(NOT_FOUND);
  });
});

// Issue 13, bug 6: a re-screen starts from the client's latest answers and says what changed.
describe("re-screening", () => {
  it("offers the latest answers at the next visit and names the answers a new screen changed", async () => {
    const { clientId, intakeId } = await examinedClient();
    const noteId = await startSession(intakeId);
    const before = await getSessionNoteScreen(clientId, noteId);
    expect(before.screen).toBeNull();
    expect(before.lastScreen!.answers).toMatchObject({
      "varicose-veins": { answer: "yes" },
      "suspected-dvt": { answer: "no" },
    });

    const next = screen(["varicose-veins"]);
    next.answers["bakers-cyst"] = { answer: "unknown", note: "Fullness behind the knee" };
    expect(await recordScreen({ noteId }, next)).toEqual({
      ok: true,
      opened: ["bakers-cyst"],
      changed: [{ contraindicationId: "bakers-cyst", from: "no", to: "unknown" }],
    });
    const after = await getSessionNoteScreen(clientId, noteId);
    expect(after.screen).toEqual(after.lastScreen);
    expect(after.lastScreen!.answers["bakers-cyst"]).toEqual({ answer: "unknown", note: "Fullness behind the knee" });
    // The intake's page starts from the same latest answers, while its own screen stays as recorded.
    const intakePage = await getIntakeScreen(clientId, intakeId);
    expect(intakePage.screen!.answers["bakers-cyst"]).toMatchObject({ answer: "no" });
    expect(intakePage.lastScreen!.answers["bakers-cyst"]).toMatchObject({ answer: "unknown" });
  });
});
