import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appointments,
  appointmentTypes,
  clients,
  flags,
  intakes,
  plans,
  screenings,
  sessionNotes,
  symptomReports,
} from "@/db/schema";
import { getClientTable, REPORTS_SHOWN } from "@/lib/dal/client-list";
import { addDays, dayIn } from "@/lib/domain/days";
import { REFERENCE_VERSION } from "@/lib/domain/reference";
import { createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

/**
 * The client table on a small fixed practice: every filter and sort returns the right rows,
 * pages join up in both directions, unknown keys are refused (not-found, never a 500), and
 * another practice's clients never show through any filter.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;
const ids: Record<string, string> = {};

const PEOPLE = [
  { given: "Zoë", family: "Ångström", email: "zoe@example.test", phone: "+44 7700 900001", status: "active" },
  { given: "José", family: "Núñez", email: "jose@example.test", phone: "+44 7700 900002", status: "active" },
  { given: "Priya", family: "Shah", email: "priya.s@example.test", phone: "+44 7700 900003", status: "prospect" },
  { given: "Sam", family: "Adeyemi", email: "sam.a@example.test", phone: null, status: "discharged" },
  { given: "Lee", family: "Zhang", email: null, phone: "020 7946 0999", status: "active" },
] as const;

beforeAll(async () => {
  here = await createPractice("Table");
  elsewhere = await createPractice("TableElsewhere");
  await signInAs(here.therapist); // opens the app's database, reference data included
  const db = await testDb();
  const today = dayIn("UTC", new Date());
  for (const p of PEOPLE) {
    const [row] = await db
      .insert(clients)
      .values({
        practiceId: here.practice.id,
        givenName: p.given,
        familyName: p.family,
        email: p.email,
        phone: p.phone,
        status: p.status,
        primaryTherapistId: p.given === "Lee" ? here.otherTherapist.id : here.therapist.id,
      })
      .returning({ id: clients.id });
    ids[p.given] = row!.id;
  }
  // A look-alike in the other practice: it must never show here.
  await db.insert(clients).values({ practiceId: elsewhere.practice.id, givenName: "Zoë", familyName: "Ångström" });
  // Visits: José today (a session note), Zoë 40 days ago (an intake), Priya never.
  await db
    .insert(intakes)
    .values({
      practiceId: here.practice.id,
      clientId: ids["Zoë"]!,
      createdBy: here.therapist.id,
      createdAt: new Date(Date.now() - 40 * 86_400_000),
      chiefComplaint: "Calf",
      painSites: [],
      painNow: 5,
      psfs: [],
      refVersion: REFERENCE_VERSION,
    })
    .returning();
  const [joseIntake] = await db
    .insert(intakes)
    .values({
      practiceId: here.practice.id,
      clientId: ids["José"]!,
      createdBy: here.therapist.id,
      createdAt: new Date(Date.now() - 200 * 86_400_000),
      chiefComplaint: "Knee",
      painSites: [],
      painNow: 6,
      psfs: [],
      refVersion: REFERENCE_VERSION,
    })
    .returning();
  await db.insert(sessionNotes).values({
    practiceId: here.practice.id,
    clientId: ids["José"]!,
    intakeId: joseIntake!.id,
    therapistId: here.therapist.id,
    visitDate: today,
  });
  // An open stop flag for Zoë (a caution for Priya), an active plan for José, an appointment for Lee.
  for (const [given, contraindicationId] of [
    ["Zoë", "suspected-dvt"],
    ["Priya", "varicose-veins"],
  ] as const) {
    const [screen] = await db
      .insert(screenings)
      .values({ practiceId: here.practice.id, clientId: ids[given]!, recordedBy: here.therapist.id })
      .returning();
    await db.insert(flags).values({
      practiceId: here.practice.id,
      clientId: ids[given]!,
      contraindicationId,
      openedBy: here.therapist.id,
      openedByScreening: screen!.id,
    });
  }
  await db
    .insert(plans)
    .values({ practiceId: here.practice.id, clientId: ids["José"]!, createdBy: here.therapist.id, status: "active" });
  const [type] = await db
    .insert(appointmentTypes)
    .values({ practiceId: here.practice.id, name: "Follow-up", lengthMinutes: 30 })
    .returning();
  const startsAt = new Date(`${addDays(today, 5)}T10:00:00Z`);
  await db.insert(appointments).values({
    practiceId: here.practice.id,
    therapistId: here.otherTherapist.id,
    clientId: ids["Lee"]!,
    typeId: type!.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    blockedUntil: new Date(startsAt.getTime() + 30 * 60_000),
    source: "staff",
  });
  await db.update(clients).set({ adherence30d: 35 }).where(eq(clients.id, ids["José"]!));
  await db.update(clients).set({ adherence30d: 90 }).where(eq(clients.id, ids["Zoë"]!));
});

const names = async (params: Record<string, string>) =>
  (await getClientTable(params)).rows.map((r) => r.givenName).filter((n) => n in ids);

describe("the client table", () => {
  it("searches names without caring for case or accents, and emails and phones by their start", async () => {
    await signInAs(here.therapist);
    expect(await names({ q: "zoe" })).toEqual(["Zoë"]);
    expect(await names({ q: "NUNEZ" })).toEqual(["José"]);
    expect(await names({ q: "angs zo" })).toEqual(["Zoë"]);
    expect(await names({ q: "priya.s@" })).toEqual(["Priya"]);
    expect(await names({ q: "0207946" })).toEqual(["Lee"]);
    expect(await names({ q: "%" })).toEqual([]);
  });

  it("filters by therapist, status, open stop flag, plan, last visit, next appointment and adherence", async () => {
    await signInAs(here.therapist);
    expect(await names({ therapist: here.otherTherapist.id })).toEqual(["Lee"]);
    expect(await names({ status: "prospect" })).toEqual(["Priya"]);
    expect(await names({ flag: "open" })).toEqual(["Zoë"]); // a caution flag (Priya's) is not a stop flag
    expect(await names({ plan: "active" })).toEqual(["José"]);
    expect(await names({ visit: "30d" })).toEqual(["José"]);
    expect(await names({ visit: "90d" })).toEqual(["Zoë", "José"]); // by family name: Ångström, Núñez
    expect((await names({ visit: "never" })).sort()).toEqual(["Lee", "Priya", "Sam"]);
    expect(await names({ next: "booked" })).toEqual(["Lee"]);
    expect(await names({ adherence: "below-50" })).toEqual(["José"]);
  });

  it("sorts by name, last visit, next appointment and adherence, with empty values at the end", async () => {
    await signInAs(here.therapist);
    expect(await names({})).toEqual(["Sam", "Zoë", "José", "Priya", "Lee"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Lee", "Priya", "José", "Zoë", "Sam"]);
    expect((await names({ sort: "lastVisit" })).slice(0, 2)).toEqual(["José", "Zoë"]);
    expect((await names({ sort: "nextAppointment" }))[0]).toBe("Lee");
    expect((await names({ sort: "adherence" })).slice(0, 2)).toEqual(["José", "Zoë"]);
  });

  it("pages forward and back by keyset, the same rows either way", async () => {
    await signInAs(here.therapist);
    const db = await testDb();
    await db.insert(clients).values(
      Array.from({ length: 30 }, (_, i) => ({
        practiceId: here.practice.id,
        givenName: `Page${String(i).padStart(2, "0")}`,
        familyName: "Paging",
      })),
    );
    const first = await getClientTable({ q: "paging" });
    expect(first.rows).toHaveLength(25);
    expect(first.previous).toBeNull();
    const second = await getClientTable({ q: "paging", after: first.next! });
    expect(second.rows.map((r) => r.givenName)).toEqual(["Page25", "Page26", "Page27", "Page28", "Page29"]);
    expect(second.next).toBeNull();
    const back = await getClientTable({ q: "paging", before: second.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  it("refuses unknown keys and values as not-found", async () => {
    await signInAs(here.therapist);
    for (const params of [
      { sort: "password_hash" },
      { sort: "name; drop table clients" },
      { orderBy: "name" },
      { status: "deleted" },
      { dir: "sideways" },
      { after: "not-a-cursor" },
      { therapist: "someone" },
    ]) {
      await expect(getClientTable(params)).rejects.toThrow(NOT_FOUND);
    }
    await expect(getClientTable({ status: ["active", "prospect"] })).rejects.toThrow(NOT_FOUND);
    // A NUL or a 36-character non-uuid never reaches SQL: refused as not-found, not a 500.
    const cursorWith = (values: unknown[], id: string) =>
      Buffer.from(JSON.stringify({ values, id })).toString("base64url");
    for (const params of [
      { q: "zo\u0000e" },
      { therapist: "0".repeat(36) },
      { after: cursorWith(["ok"], "-".repeat(36)) },
      { after: cursorWith(["a\u0000"], ids["Zoë"]!) },
    ]) {
      await expect(getClientTable(params)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("shows the front desk names, contact and visits, but no flags, plans, adherence or symptom reports", async () => {
    await signInAs(here.frontDesk);
    const table = await getClientTable({});
    expect(table.mayOpenChart).toBe(false);
    expect(table.openReports).toEqual([]);
    const zoe = table.rows.find((r) => r.id === ids["Zoë"]);
    expect(zoe).toMatchObject({ openStopFlag: false, activePlan: false, adherence30d: null });
    // Filtering or sorting by the clinical record would tell as much: refused.
    for (const params of [{ flag: "open" }, { plan: "active" }, { adherence: "below-50" }, { sort: "adherence" }]) {
      await expect(getClientTable(params)).rejects.toThrow(NOT_FOUND);
    }
    expect(await names({ visit: "30d" })).toEqual(["José"]);
  });

  it("never shows another practice's clients through any filter or search", async () => {
    await signInAs(elsewhere.therapist);
    for (const params of [{}, { q: "zoe" }, { flag: "open" }, { visit: "never" }, { sort: "lastVisit" }]) {
      const rows = (await getClientTable(params)).rows;
      expect(rows.every((r) => !Object.values(ids).includes(r.id))).toBe(true);
    }
    expect((await getClientTable({ q: "zoe" })).rows).toHaveLength(1);
  });

  it("shows the newest open symptom reports above the table, a fixed number, and how many are open in all", async () => {
    const busy = await createPractice("TableReports");
    const db = await testDb();
    const [client] = await db
      .insert(clients)
      .values({ practiceId: busy.practice.id, givenName: "Rae", familyName: "Okoro", status: "active" })
      .returning();
    const hour = 3_600_000;
    const now = Date.now();
    const open = REPORTS_SHOWN + 2;
    await db.insert(symptomReports).values([
      ...Array.from({ length: open }, (_, i) => ({
        practiceId: busy.practice.id,
        clientId: client!.id,
        kind: "numbness" as const,
        note: `report ${i}`,
        reportedAt: new Date(now - i * hour),
      })),
      // A resolved report is not open, however new.
      {
        practiceId: busy.practice.id,
        clientId: client!.id,
        kind: "numbness" as const,
        note: "resolved",
        reportedAt: new Date(now),
        resolvedAt: new Date(now),
      },
    ]);
    await signInAs(busy.therapist);
    const table = await getClientTable({});
    expect(table.openReports.map((r) => r.note)).toEqual(
      Array.from({ length: REPORTS_SHOWN }, (_, i) => `report ${i}`),
    );
    expect(table.openReportsTotal).toBe(open);
  });
});
