import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clients } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { recordConsent } from "@/lib/dal/client-records";
import { createIntake } from "@/lib/dal/intakes";
import { getMyConsent, giveMyConsent, myConsentMissing } from "@/lib/dal/portal-consent";
import { recordScreen } from "@/lib/dal/screens";
import { getSessionNoteScreen, saveDraft, signNote, startSession } from "@/lib/dal/session-notes";
import {
  auditRows,
  createPractice,
  intakeInput,
  NOT_FOUND,
  newClient,
  screenAnswering,
  signInAs,
  testDb,
} from "../support/fixtures";

// Issue 13, bug 5: consent to treatment before a note is signed, given in the clinic or the portal.
let here: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  here = await createPractice("Consent");
});

/** A draft note of the client, written and re-screened: everything but consent ready to sign. */
async function readyDraft(clientId: string) {
  await signInAs(here.therapist);
  const intakeId = await createIntake(clientId, intakeInput());
  const noteId = await startSession(intakeId);
  const { version } = (await getSessionNoteScreen(clientId, noteId)).note;
  const saved = await saveDraft(noteId, {
    visitDate: "2026-11-20",
    subjective: "Calf easier",
    painNow: 3,
    assessment: "",
    plan: "",
    version,
  });
  if (!saved.ok) throw new Error("draft not saved");
  await recordScreen({ noteId }, screenAnswering());
  return { noteId, version: saved.version };
}

describe("signing needs consent to treatment on file", () => {
  it("refuses to sign while consent is missing, writes nothing, and signs once the clinic records it", async () => {
    await signInAs(here.therapist);
    const clientId = await newClient();
    const { noteId, version } = await readyDraft(clientId);
    const header = (await getSessionNoteScreen(clientId, noteId)).header;
    expect(header).toMatchObject({ consentMissing: true });

    expect(await signNote(noteId, version)).toEqual({
      ok: false,
      code: "note.sign-blocked",
      blockers: ["note.consent-missing"],
    });
    expect((await getSessionNoteScreen(clientId, noteId)).note).toMatchObject({ status: "draft", version });

    expect(await recordConsent(clientId, "Hana Hiker")).toBe(true);
    expect(await recordConsent(clientId, "Someone Else")).toBe(false);
    expect((await auditRows(clientId)).filter((r) => r.action === "client.consent")).toMatchObject([
      { outcome: "allowed", actorId: here.therapist.id, detail: { via: "clinic" } },
    ]);
    const overview = await getClientOverview(clientId);
    expect(overview.header.consentMissing).toBe(false);
    expect(overview.details).toMatchObject({ consentName: "Hana Hiker" });
    expect(overview.details.consentRecordedBy).toEqual({ name: here.therapist.displayName, inPortal: false });
    expect(await signNote(noteId, version)).toEqual({ ok: true });
  });
});

describe("consent given in the portal", () => {
  it("records the client's typed name as given by their own login, audited, and then signing works", async () => {
    const clientId = here.clientA.record.id;
    const { noteId, version } = await readyDraft(clientId);
    expect(await signNote(noteId, version)).toMatchObject({ blockers: ["note.consent-missing"] });

    await signInAs(here.clientA.login);
    expect(await myConsentMissing()).toBe(true);
    expect((await getMyConsent()).given).toBeNull();
    expect(await giveMyConsent("Ana Consent")).toEqual({ ok: true });
    expect(await myConsentMissing()).toBe(false);
    expect((await getMyConsent()).given).toMatchObject({ name: "Ana Consent" });
    const [row] = await (await testDb()).select().from(clients).where(eq(clients.id, clientId));
    expect(row).toMatchObject({ consentName: "Ana Consent", consentRecordedBy: here.clientA.login.id });
    expect((await auditRows(clientId)).filter((r) => r.action === "portal.consent")).toMatchObject([
      { outcome: "allowed", actorId: here.clientA.login.id, detail: { shown: ["consent"] } },
      { outcome: "allowed", actorId: here.clientA.login.id, detail: { via: "portal" } },
      { outcome: "allowed", actorId: here.clientA.login.id, detail: { shown: ["consent"] } },
    ]);

    // A second submission keeps the consent on file as it was.
    expect(await giveMyConsent("Someone Else")).toEqual({ ok: false, code: "consent.already-given" });
    expect((await getMyConsent()).given).toMatchObject({ name: "Ana Consent" });

    await signInAs(here.therapist);
    expect((await getClientOverview(clientId)).details.consentRecordedBy).toEqual({
      name: here.clientA.login.displayName,
      inPortal: true,
    });
    expect(await signNote(noteId, version)).toEqual({ ok: true });
  });

  it("is the client's own: staff are refused, audited", async () => {
    await signInAs(here.therapist);
    await expect(giveMyConsent("Staff Typed")).rejects.toThrow(NOT_FOUND);
    await expect(getMyConsent()).rejects.toThrow(NOT_FOUND);
    const [row] = await (await testDb()).select().from(clients).where(eq(clients.id, here.clientB.record.id));
    expect(row!.consentAt).toBeNull();
  });
});
