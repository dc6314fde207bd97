import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { getClientTable } from "@/lib/dal/client-list";
import { getClientOverview } from "@/lib/dal/client-overview";
import { getClientForm, getNewClientForm, updateClient } from "@/lib/dal/client-records";
import { createIntake, getIntakeScreen, getNewIntakeScreen } from "@/lib/dal/intakes";
import { getPlanBuilder } from "@/lib/dal/plan-builder";
import { getPrintablePlan } from "@/lib/dal/plan-print";
import { createPlan } from "@/lib/dal/plans";
import { getMyProgress, getPortalToday } from "@/lib/dal/portal";
import { getSessionNoteScreen, startSession } from "@/lib/dal/session-notes";
import {
  auditRows,
  countOf,
  createPractice,
  intakeInput,
  newClient,
  NOT_FOUND,
  signInAs,
  testDb,
} from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  here = await createPractice("Hillside");
  elsewhere = await createPractice("Lakeside");
});

/** The audit rows one viewer caused about one object, oldest first. */
async function rowsBy(actorId: string, objectId: string) {
  return (await auditRows(objectId)).filter((r) => r.actorId === actorId);
}

describe("staff", () => {
  beforeEach(async () => {
    await signInAs(here.therapist);
  });

  it("list only their own practice's clients, as narrow DTOs", async () => {
    const { rows: clients } = await getClientTable({});
    expect(clients.map((c) => c.givenName).sort()).toEqual(["Ana", "Ben"]);
    for (const dto of clients) {
      expect(Object.keys(dto).sort()).toEqual(
        [
          "activePlan",
          "adherence30d",
          "familyName",
          "givenName",
          "hasPortalLogin",
          "id",
          "lastVisitOn",
          "nextAppointmentAt",
          "openStopFlag",
          "status",
          "therapistName",
        ].sort(),
      );
    }
  });

  it("read a client of their practice, including one of another therapist", async () => {
    const overview = await getClientOverview(here.clientB.record.id);
    expect(overview.header).toMatchObject({ id: here.clientB.record.id, givenName: "Ben", familyName: "Hillside" });
    expect(overview.details).toMatchObject({
      therapistName: here.otherTherapist.displayName,
      hasPortalLogin: true,
    });
    // Neither the login's id nor its password hash leaves the server.
    const json = JSON.stringify(overview);
    expect(json).not.toContain(here.clientB.login.id);
    expect(json).not.toContain("passwordHash");
    expect(json).not.toContain("userId");
  });

  it("get not-found for another practice's client, and the denial is audited", async () => {
    const foreignId = elsewhere.clientA.record.id;
    await expect(getClientOverview(foreignId)).rejects.toThrow(NOT_FOUND);
    const rows = (await rowsBy(here.therapist.id, foreignId)).filter((r) => r.action === "chart.read");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ objectType: "client", outcome: "denied", practiceId: here.practice.id });
  });

  it("get the same not-found for an id that does not exist or is not an id", async () => {
    await expect(getClientOverview("00000000-0000-4000-8000-000000000000")).rejects.toThrow(NOT_FOUND);
    await expect(getClientOverview("1 or 1=1")).rejects.toThrow(NOT_FOUND);
    expect(await rowsBy(here.therapist.id, "1 or 1=1")).toMatchObject([{ action: "chart.read", outcome: "denied" }]);
  });

  it("cannot edit another practice's client, nor name another practice's therapist", async () => {
    const input = {
      givenName: "Ben",
      familyName: "Lakeside",
      dateOfBirth: null,
      email: null,
      phone: null,
      primaryTherapistId: null,
    };
    await expect(updateClient(elsewhere.clientB.record.id, input)).rejects.toThrow(NOT_FOUND);
    expect(await rowsBy(here.therapist.id, elsewhere.clientB.record.id)).toContainEqual(
      expect.objectContaining({ action: "client.update", outcome: "denied" }),
    );
    await expect(getClientForm(elsewhere.clientB.record.id)).rejects.toThrow(NOT_FOUND);
    expect(
      await updateClient(here.clientA.record.id, {
        ...input,
        givenName: "Ana",
        familyName: "Hillside",
        primaryTherapistId: elsewhere.therapist.id,
      }),
    ).toEqual({ ok: false, code: "client.unknown-therapist" });
    expect((await getClientForm(here.clientA.record.id)).values.primaryTherapistId).toBe(here.therapist.id);
  });

  it("choose therapists only from their own practice", async () => {
    const { therapists } = await getNewClientForm();
    expect(therapists.map((t) => t.id).sort()).toEqual(
      [here.admin.id, here.therapist.id, here.otherTherapist.id].sort(),
    );
  });

  it("have no portal record of their own", async () => {
    await expect(getPortalToday()).rejects.toThrow(NOT_FOUND);
    await expect(getMyProgress()).rejects.toThrow(NOT_FOUND);
  });

  it("as admin see the practice's clients too", async () => {
    await signInAs(here.admin);
    expect((await getClientTable({})).rows).toHaveLength(2);
  });

  it("at the front desk edit contact details but get not-found for the clinical record's pages", async () => {
    await signInAs(here.frontDesk);
    const clientId = here.clientA.record.id;
    expect((await getClientForm(clientId)).header.openFlags).toEqual([]);
    await expect(getClientOverview(clientId)).rejects.toThrow(NOT_FOUND);
    await expect(getNewIntakeScreen(clientId)).rejects.toThrow(NOT_FOUND);
  });
});

describe("clients", () => {
  beforeEach(async () => {
    await signInAs(here.clientA.login);
  });

  it("read their own record through the portal", async () => {
    const { me } = await getPortalToday();
    expect(me).toEqual({ givenName: "Ana", therapistName: here.therapist.displayName, practiceName: "Hillside" });
  });

  it("get not-found for another client of the same practice, and for their own staff chart", async () => {
    await expect(getClientOverview(here.clientB.record.id)).rejects.toThrow(NOT_FOUND);
    expect(await rowsBy(here.clientA.login.id, here.clientB.record.id)).toContainEqual(
      expect.objectContaining({ action: "chart.read", outcome: "denied" }),
    );
    // The clinical chart is the clinic's; the client's own view is the portal.
    await expect(getClientOverview(here.clientA.record.id)).rejects.toThrow(NOT_FOUND);
  });

  it("get not-found for another practice's client", async () => {
    await expect(getClientOverview(elsewhere.clientA.record.id)).rejects.toThrow(NOT_FOUND);
  });

  it("get not-found for the staff client list", async () => {
    await expect(getClientTable({})).rejects.toThrow(NOT_FOUND);
    const db = await testDb();
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "client.list"), eq(auditEvents.actorId, here.clientA.login.id)));
    expect(rows.map((r) => r.outcome)).toContain("denied");
  });
});

describe("nested addresses", () => {
  // A practice of its own, so these clients do not show up in the lists above.
  let nested: Awaited<ReturnType<typeof createPractice>>;
  let clientA: string;
  let clientB: string;
  let intakeOfA: string;
  let planOfA: string;
  let intakeOfB: string;
  let noteOfB: string;
  let planOfB: string;

  beforeAll(async () => {
    nested = await createPractice("Nested");
    await signInAs(nested.therapist);
    clientA = await newClient({ givenName: "Ada" });
    clientB = await newClient({ givenName: "Bo" });
    intakeOfA = await createIntake(clientA, intakeInput());
    planOfA = await createPlan(clientA);
    intakeOfB = await createIntake(clientB, intakeInput());
    noteOfB = await startSession(intakeOfB);
    planOfB = await createPlan(clientB);
  });

  beforeEach(async () => {
    // The therapist may see both clients: only the address is wrong.
    await signInAs(nested.therapist);
  });

  /** The denied rows the therapist's requests left about `objectId`, oldest first. */
  async function denials(objectId: string) {
    return (await rowsBy(nested.therapist.id, objectId)).filter((r) => r.outcome === "denied");
  }

  it("find each object under its own client", async () => {
    expect((await getIntakeScreen(clientB, intakeOfB)).intake.id).toBe(intakeOfB);
    expect((await getSessionNoteScreen(clientB, noteOfB)).note.id).toBe(noteOfB);
    expect((await getPlanBuilder(clientB, planOfB)).id).toBe(planOfB);
    expect((await getPrintablePlan(clientB, planOfB)).clientName).toBe("Bo Hiker");
  });

  it("answer not-found for another client's intake, and audit it", async () => {
    await expect(getIntakeScreen(clientA, intakeOfB)).rejects.toThrow(NOT_FOUND);
    expect(await denials(intakeOfB)).toMatchObject([
      { action: "intake.read", objectType: "intake", practiceId: nested.practice.id },
    ]);
  });

  it("answer not-found for another client's session note, and audit it", async () => {
    await expect(getSessionNoteScreen(clientA, noteOfB)).rejects.toThrow(NOT_FOUND);
    expect(await denials(noteOfB)).toMatchObject([{ action: "note.read", objectType: "session_note" }]);
  });

  it("answer not-found for another client's plan, in the builder and in print, and audit both", async () => {
    await expect(getPlanBuilder(clientA, planOfB)).rejects.toThrow(NOT_FOUND);
    await expect(getPrintablePlan(clientA, planOfB)).rejects.toThrow(NOT_FOUND);
    expect(await denials(planOfB)).toMatchObject([
      { action: "plan.read", objectType: "plan" },
      { action: "plan.print", objectType: "plan" },
    ]);
  });

  it("answer not-found for a client of another practice with this practice's object", async () => {
    await expect(getIntakeScreen(elsewhere.clientA.record.id, intakeOfA)).rejects.toThrow(NOT_FOUND);
    await expect(getPlanBuilder(elsewhere.clientA.record.id, planOfA)).rejects.toThrow(NOT_FOUND);
    expect((await denials(intakeOfA)).map((r) => r.action)).toEqual(["intake.read"]);
    expect((await denials(planOfA)).map((r) => r.action)).toEqual(["plan.read"]);
  });
});

describe("audit", () => {
  it("records each read of a client's chart as one row with who, what and where from", async () => {
    await signInAs(here.therapist);
    const id = here.clientA.record.id;
    const total = () => countOf(sql`select count(*)::int as n from audit_events`);
    const before = await total();
    const beforeRows = (await auditRows(id)).length;
    await getClientOverview(id);
    await getClientOverview(id);
    // One row per screen, however many parts it shows.
    expect(await total()).toBe(before + 2);
    const rows = await auditRows(id);
    expect(rows).toHaveLength(beforeRows + 2);
    expect(rows.at(-1)).toMatchObject({
      action: "chart.read",
      objectType: "client",
      outcome: "allowed",
      actorId: here.therapist.id,
      actorRole: "therapist",
      practiceId: here.practice.id,
      ip: "203.0.113.10",
    });
  });

  it("records list reads", async () => {
    await signInAs(here.admin);
    const { rows: clients } = await getClientTable({});
    const db = await testDb();
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "client.list"), eq(auditEvents.actorId, here.admin.id)))
      .orderBy(asc(auditEvents.id));
    expect(rows.at(-1)).toMatchObject({ outcome: "allowed", detail: { count: clients.length, query: {} } });
  });

  it("is append-only", async () => {
    await signInAs(here.admin); // at least one row to try to change
    const db = await testDb();
    await expect(db.update(auditEvents).set({ outcome: "allowed" })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
  });
});
