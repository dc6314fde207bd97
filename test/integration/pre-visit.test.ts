import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, flags, preVisitForms } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { createIntake, getNewIntakeScreen } from "@/lib/dal/intakes";
import { getBookingPage, requestBooking } from "@/lib/dal/booking";
import { cancelByLink } from "@/lib/dal/booking-manage";
import {
  getMyPreVisit,
  getPreVisitByLink,
  myPreVisitMissing,
  submitMyPreVisit,
  submitPreVisitByLink,
} from "@/lib/dal/pre-visit";
import { recordScreen } from "@/lib/dal/screens";
import { PRE_VISIT_QUESTIONS } from "@/lib/domain/pre-visit";
import { parseForm } from "@/lib/validation/parse";
import { preVisitSchema, type PreVisitInput } from "@/lib/validation/pre-visit";
import {
  auditRows,
  createPractice,
  intakeInput,
  NOT_FOUND,
  screenAnswering,
  signInAs,
  signOutLocally,
  testDb,
} from "../support/fixtures";
import { bookingDay, bookingInput, makeBookable } from "../support/booking";
import { currentRequest } from "../support/request-context";

// Issue 15, part 4: the pre-visit form a client fills in the portal before the first visit.
let here: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  here = await createPractice("PreVisit");
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const allNo = Object.fromEntries(PRE_VISIT_QUESTIONS.map((q) => [`answers.${q.id}`, "no"]));

function parsed(fields: Record<string, string>): PreVisitInput {
  const result = parseForm(preVisitSchema, form(fields));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const openFlagsOf = async (clientId: string) =>
  (await testDb())
    .select({ id: flags.contraindicationId, note: flags.note })
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.status, "open")));

describe("the pre-visit form", () => {
  it("refuses bad input with a message per field", () => {
    const result = parseForm(preVisitSchema, form({ complaint: " ", "painSites.0": "heart:left", confirm: "on" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      complaint: expect.stringContaining("Enter"),
      "painSites.0": "Choose places on the body map.",
    });
    expect(Object.keys(result.errors).some((k) => k.startsWith("answers"))).toBe(true);
    // Consent goes together: a ticked box without a name is refused, once the rest is valid.
    const consent = parseForm(
      preVisitSchema,
      form({ ...allNo, complaint: "Knee", "painSites.0": "soleus:left", confirm: "on" }),
    );
    expect(consent).toEqual({ ok: false, errors: { consentName: "Type your full name to give consent." } });
  });

  it("a yes to calf swelling opens the stop flag at once, audited, and tells the client to contact the practice", async () => {
    const clientId = here.clientA.record.id;
    await signInAs(here.clientA.login);
    expect(await myPreVisitMissing()).toBe(true);
    const input = parsed({
      ...allNo,
      "answers.suspected-dvt": "yes",
      "answers.varicose-veins": "unknown",
      complaint: "Pain behind the right knee",
      "painSites.0": "gastrocnemius:right",
      "painSites.1": "popliteus:right",
      "painSites.2": "gastrocnemius:left",
      onset: "After a long hike",
      onsetDate: "2026-10-01",
      "activities.0": "hiking-uphill",
      "activities.1": "stairs",
      medications: "None",
      consentName: "Ana PreVisit",
      confirm: "on",
    });
    expect(await submitMyPreVisit(input)).toEqual({ ok: true, stop: ["suspected-dvt"] });

    // "Not sure" counts as yes: the caution is open too.
    expect((await openFlagsOf(clientId)).map((f) => f.id).sort()).toEqual(["suspected-dvt", "varicose-veins"]);
    expect(await myPreVisitMissing()).toBe(false);
    const mine = await getMyPreVisit();
    expect(mine.last?.stop).toEqual(["suspected-dvt"]);
    expect(mine.consentOnFile).toBe(true);
    const [client] = await (await testDb()).select().from(clients).where(eq(clients.id, clientId));
    expect(client).toMatchObject({ consentName: "Ana PreVisit", consentRecordedBy: here.clientA.login.id });
    const audits = (await auditRows(clientId)).filter((r) => r.action === "portal.previsit");
    expect(audits).toHaveLength(1);
    const [submitted] = await (
      await testDb()
    )
      .select({ id: preVisitForms.id })
      .from(preVisitForms)
      .where(eq(preVisitForms.clientId, clientId));
    expect((await auditRows(submitted!.id))[0]).toMatchObject({
      action: "portal.previsit",
      outcome: "allowed",
      actorId: here.clientA.login.id,
      detail: { opened: ["suspected-dvt", "varicose-veins"], consent: true },
    });

    // The therapist's client page shows the stop flag; the new intake opens pre-filled.
    await signInAs(here.therapist);
    const overview = await getClientOverview(clientId);
    expect(overview.header.openFlags[0]).toMatchObject({ contraindicationId: "suspected-dvt", status: "open" });
    const { prefill } = await getNewIntakeScreen(clientId);
    expect(prefill).toMatchObject({
      chiefComplaint: "Pain behind the right knee\n\nHow it started: After a long hike",
      painSites: [
        { site: "Gastrocnemius", side: "both" },
        { site: "Popliteus", side: "right" },
      ],
      onsetDate: "2026-10-01",
      medications: "None",
      medicalHistory: null,
      activities: ["hiking-uphill", "stairs"],
    });

    // Once an intake is recorded, the form has been taken in: the next intake starts empty.
    await createIntake(clientId, intakeInput());
    expect((await getNewIntakeScreen(clientId)).prefill).toBeNull();
  });

  it("a client's 'no' resolves nothing a clinician opened, and a flag already open is not opened twice", async () => {
    const clientId = here.clientB.record.id;
    await signInAs(here.otherTherapist);
    const intakeId = await createIntake(clientId, intakeInput());
    await recordScreen({ intakeId }, screenAnswering(["inflamed-area", "nerve-signs"]));
    await signInAs(here.clientB.login);
    expect(await myPreVisitMissing()).toBe(false);
    const result = await submitMyPreVisit(
      parsed({ ...allNo, "answers.nerve-signs": "yes", complaint: "Tingling", "painSites.0": "soleus:left" }),
    );
    expect(result).toEqual({ ok: true, stop: ["nerve-signs"] });
    const open = await openFlagsOf(clientId);
    expect(open.map((f) => f.id).sort()).toEqual(["inflamed-area", "nerve-signs"]);
  });

  it("is the client's own: staff are refused with not-found, audited", async () => {
    await signInAs(here.therapist);
    const input = parsed({ ...allNo, complaint: "x", "painSites.0": "soleus:left" });
    await expect(submitMyPreVisit(input)).rejects.toThrow(NOT_FOUND);
    await expect(getMyPreVisit()).rejects.toThrow(NOT_FOUND);
    await signInAs(here.frontDesk);
    await expect(submitMyPreVisit(input)).rejects.toThrow(NOT_FOUND);
  });
});

describe("the pre-visit form through an online booking's emailed link", () => {
  it("saves the answers for the booking's client, opens the stop flag, and pre-fills their intake; a cancelled booking's link is refused", async () => {
    const setup = await makeBookable(here.practice, [here.therapist.id]);
    signOutLocally();
    currentRequest.ip = "198.51.100.77";
    const page = await getBookingPage(setup.slug, { type: setup.consultation.id, day: bookingDay(5) });
    const input = bookingInput({ typeId: setup.consultation.id, start: page.slots[0]!.start });
    const booked = await requestBooking(setup.slug, input);
    if (!booked.ok || booked.outcome !== "booked") throw new Error("not booked");
    const token = booked.manageToken;

    expect(await getPreVisitByLink(token)).toMatchObject({
      practice: { name: "PreVisit", address: "1 Test Street" },
      consentOnFile: false,
    });
    expect(await getPreVisitByLink(`${token}x`)).toBeNull();
    const answers = parsed({
      ...allNo,
      "answers.suspected-dvt": "yes",
      complaint: "Calf pain after a flight",
      "painSites.0": "soleus:right",
      consentName: "Robin Walker",
      confirm: "on",
    });
    expect(await submitPreVisitByLink(`${token}x`, answers)).toEqual({ ok: false, code: "booking.link-invalid" });
    expect(await submitPreVisitByLink(token, answers)).toEqual({ ok: true, stop: ["suspected-dvt"] });

    const [client] = await (await testDb()).select().from(clients).where(eq(clients.email, input.email));
    expect(client).toMatchObject({ consentName: "Robin Walker", consentRecordedBy: null });
    expect((await openFlagsOf(client!.id)).map((f) => f.id)).toEqual(["suspected-dvt"]);
    const [form] = await (
      await testDb()
    )
      .select({ id: preVisitForms.id, submittedBy: preVisitForms.submittedBy })
      .from(preVisitForms)
      .where(eq(preVisitForms.clientId, client!.id));
    expect(form!.submittedBy).toBeNull();
    expect((await auditRows(form!.id))[0]).toMatchObject({
      action: "booking.previsit",
      actorId: null,
      actorRole: "public",
      outcome: "allowed",
    });

    await signInAs(here.therapist);
    expect((await getNewIntakeScreen(client!.id)).prefill).toMatchObject({
      chiefComplaint: "Calf pain after a flight",
      painSites: [{ site: "Soleus", side: "right" }],
    });

    signOutLocally();
    const cancelled = await cancelByLink(token);
    expect(cancelled.ok).toBe(true);
    if (!cancelled.ok) return;
    expect(await getPreVisitByLink(cancelled.manageToken)).toBeNull();
    expect(await submitPreVisitByLink(cancelled.manageToken, answers)).toEqual({
      ok: false,
      code: "booking.link-invalid",
    });
  });
});
