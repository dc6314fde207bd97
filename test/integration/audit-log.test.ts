import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, practices } from "@/db/schema";
import { AUDIT_PAGE_SIZE, exportAuditLog, getAuditLog } from "@/lib/dal/audit-log";
import { createPractice, newClient, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

/**
 * The audit log viewer on a practice in New York: every filter returns the right events (days
 * are the practice's), pages join up in both directions, another practice's events never show,
 * only the admin gets in, unknown keys are refused, and the CSV export cannot run in a
 * spreadsheet and is itself audited.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;
const ZONE = "America/New_York";

type NewEvent = typeof auditEvents.$inferInsert;

async function insertEvents(events: NewEvent[]) {
  const db = await testDb();
  await db.insert(auditEvents).values(events);
}

/** The events of the page (or export) of the fixed year 2020, which the test alone writes. */
const IN_2020 = { from: "2020-01-01", to: "2020-12-31" };
const actions = async (params: Record<string, string>) =>
  (await getAuditLog({ ...IN_2020, ...params })).rows.map((r) => r.action);

beforeAll(async () => {
  here = await createPractice("Audit");
  elsewhere = await createPractice("AuditElsewhere");
  await signInAs(here.admin); // opens the app's database
  const db = await testDb();
  await db.update(practices).set({ timeZone: ZONE }).where(eq(practices.id, here.practice.id));
  const p = here.practice.id;
  const actor = (user: { id: string; role: string }) => ({ actorId: user.id, actorRole: user.role, practiceId: p });
  await insertEvents([
    // 23:30 on 29 February (2020 is a leap year) in New York: 04:30 UTC on 1 March.
    {
      ...actor(here.therapist),
      at: new Date("2020-03-01T04:30:00Z"),
      action: "client.read",
      objectType: "client",
      objectId: here.clientA.record.id,
      outcome: "allowed",
      ip: "198.51.100.7",
    },
    // 00:30 on 1 March in New York; about Ana through its detail.
    {
      ...actor(here.admin),
      at: new Date("2020-03-01T05:30:00Z"),
      action: "plan.read",
      objectType: "plan",
      objectId: "7b0c1a52-93f4-4c53-9a53-3f0e3cfb2d11",
      outcome: "denied",
      detail: { clientId: here.clientA.record.id },
    },
    {
      ...actor(here.frontDesk),
      at: new Date("2020-03-02T15:00:00Z"),
      action: "calendar.read",
      objectType: "calendar",
      outcome: "failed",
    },
    // Online booking: no one signed in.
    {
      actorId: null,
      actorRole: "public",
      practiceId: p,
      at: new Date("2020-03-03T15:00:00Z"),
      action: "booking.create",
      objectType: "appointment",
      objectId: "0f8fad5b-d9cb-469f-a165-70867728950e",
      outcome: "allowed",
      detail: { source: "online", clientId: here.clientB.record.id },
    },
    // Another practice probing Ana's id: theirs to see, never ours.
    {
      actorId: elsewhere.admin.id,
      actorRole: "admin",
      practiceId: elsewhere.practice.id,
      at: new Date("2020-03-01T12:00:00Z"),
      action: "client.read",
      objectType: "client",
      objectId: here.clientA.record.id,
      outcome: "denied",
    },
    {
      actorId: elsewhere.therapist.id,
      actorRole: "therapist",
      practiceId: elsewhere.practice.id,
      at: new Date("2020-03-01T12:00:00Z"),
      action: "plan.read",
      objectType: "plan",
      outcome: "allowed",
      detail: { clientId: here.clientA.record.id },
    },
  ]);
  // 130 events to page through: 70 in one instant (the id breaks the tie), 60 a minute apart.
  const tied = new Date("2020-06-01T12:00:00Z");
  await insertEvents(
    Array.from({ length: 130 }, (_, i) => ({
      ...actor(here.therapist),
      at: i < 70 ? tied : new Date(tied.getTime() + (i - 69) * 60_000),
      action: "paging.test",
      objectType: "client",
      objectId: `page-${i}`,
      outcome: "allowed" as const,
    })),
  );
});

describe("the audit log", () => {
  it("filters by user, action and outcome, newest first, naming who acted", async () => {
    await signInAs(here.admin);
    expect(await actions({ user: here.therapist.id, action: "client.read" })).toEqual(["client.read"]);
    expect(await actions({ user: here.frontDesk.id })).toEqual(["calendar.read"]);
    expect(await actions({ action: "plan.read" })).toEqual(["plan.read"]);
    expect(await actions({ outcome: "failed" })).toEqual(["calendar.read"]);
    expect(await actions({ outcome: "denied" })).toEqual(["plan.read"]);
    const log = await getAuditLog({ ...IN_2020, from: "2020-03-01", to: "2020-03-03" });
    expect(log.rows.map((r) => r.action)).toEqual(["booking.create", "calendar.read", "plan.read"]);
    const booking = log.rows[0]!;
    expect(booking).toMatchObject({ actorName: null, actorRole: "public", objectType: "appointment" });
    expect(booking.client).toEqual({ id: here.clientB.record.id, name: "Ben Audit" });
    expect(log.rows[1]).toMatchObject({ actorName: "Audit Front Desk", actorRole: "frontdesk", outcome: "failed" });
    expect(log.rows[2]!.detail).toBe(`{"clientId": "${here.clientA.record.id}"}`);
  });

  it("offers the practice's staff and the actions its trail holds as filters", async () => {
    await signInAs(here.admin);
    const log = await getAuditLog({});
    expect(log.users.map((u) => u.name)).toEqual([
      "Audit Admin",
      "Audit Front Desk",
      "Audit Therapist A",
      "Audit Therapist B",
    ]);
    expect(log.actions).toEqual(expect.arrayContaining(["booking.create", "calendar.read", "paging.test"]));
    expect(log.actions).toEqual([...log.actions].sort());
    // A client's login is offered only when the address already filters by it.
    const byClient = await getAuditLog({ user: here.clientA.login.id });
    expect(byClient.users.map((u) => u.name)).toContain("Ana Audit");
  });

  it("takes from and to as the practice's calendar days", async () => {
    await signInAs(here.admin);
    expect(await actions({ from: "2020-02-29", to: "2020-02-29" })).toEqual(["client.read"]);
    expect(await actions({ from: "2020-03-01", to: "2020-03-01" })).toEqual(["plan.read"]);
    expect(await actions({ from: "2020-03-04", to: "2020-03-01" })).toEqual([]);
  });

  it("filters by client: events about them, by object or by detail, and names them", async () => {
    await signInAs(here.admin);
    const log = await getAuditLog({ ...IN_2020, client: here.clientA.record.id });
    expect(log.rows.map((r) => r.action)).toEqual(["plan.read", "client.read"]);
    expect(log.rows.every((r) => r.client?.name === "Ana Audit")).toBe(true);
    expect(log.client).toEqual({ id: here.clientA.record.id, name: "Ana Audit" });
    // A client of no practice of ours: filtered by, unnamed.
    const stranger = await getAuditLog({ client: "5b1f3a4e-2c8d-4f6a-9e0b-1d2c3b4a5f60" });
    expect(stranger.rows).toEqual([]);
    expect(stranger.client).toEqual({ id: "5b1f3a4e-2c8d-4f6a-9e0b-1d2c3b4a5f60", name: null });
  });

  it("pages forward and back by keyset, through events of one instant, the same rows either way", async () => {
    await signInAs(here.admin);
    const q = { action: "paging.test" };
    const first = await getAuditLog(q);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.previous).toBeNull();
    const second = await getAuditLog({ ...q, after: first.next! });
    const third = await getAuditLog({ ...q, after: second.next! });
    expect(third.rows).toHaveLength(30);
    expect(third.next).toBeNull();
    const all = [...first.rows, ...second.rows, ...third.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(130);
    // Newest first; in the instant of 70, the highest id first.
    expect(all.map((r) => r.objectId)).toEqual(Array.from({ length: 130 }, (_, i) => `page-${129 - i}`));
    const back = await getAuditLog({ ...q, before: third.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const start = await getAuditLog({ ...q, before: back.previous! });
    expect(start.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(start.previous).toBeNull();
  });

  it("never shows another practice's events, whatever the filter", async () => {
    await signInAs(here.admin);
    for (const params of [{}, { client: here.clientA.record.id }, { user: elsewhere.admin.id }, IN_2020]) {
      const rows = (await getAuditLog(params)).rows;
      expect(rows.every((r) => r.actorName === null || r.actorName.startsWith("Audit "))).toBe(true);
      expect(rows.some((r) => r.actorRole === "admin" && r.outcome === "denied" && r.action === "client.read")).toBe(
        false,
      );
    }
    expect((await getAuditLog({ user: elsewhere.admin.id })).users.map((u) => u.name)).not.toContain(
      "AuditElsewhere Admin",
    );
    await signInAs(elsewhere.admin);
    const theirs = await getAuditLog({ ...IN_2020, client: here.clientA.record.id });
    expect(theirs.rows.map((r) => r.action)).toEqual(["plan.read", "client.read"]);
    // Their log does not name our client.
    expect(theirs.rows.every((r) => r.client === null)).toBe(true);
    expect(theirs.client).toEqual({ id: here.clientA.record.id, name: null });
  });

  it("answers therapists and the front desk not-found, for the page and the export, audited", async () => {
    const db = await testDb();
    for (const user of [here.therapist, here.frontDesk, here.clientA.login]) {
      await signInAs(user);
      await expect(getAuditLog({})).rejects.toThrow(NOT_FOUND);
      await expect(exportAuditLog({})).rejects.toThrow(NOT_FOUND);
      const [refusal] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.outcome, "denied")))
        .orderBy(desc(auditEvents.id))
        .limit(1);
      expect(refusal).toMatchObject({ action: "audit.export", objectType: "audit" });
    }
  });

  it("refuses unknown keys and values as not-found", async () => {
    await signInAs(here.admin);
    for (const params of [
      { sort: "at" },
      { outcome: "maybe" },
      { action: "client.read; drop table audit_events" },
      { action: "CLIENT.READ" },
      { user: "admin" },
      { client: "not-a-uuid" },
      { from: "2020-02-30" },
      { to: "0000-01-01" },
      { from: "20200101" },
      { after: "not-a-cursor" },
      { after: Buffer.from("2020-13-01T00:00:00.000000~5").toString("base64url") },
    ]) {
      await expect(getAuditLog(params), JSON.stringify(params)).rejects.toThrow(NOT_FOUND);
    }
    await expect(getAuditLog({ outcome: ["allowed", "denied"] })).rejects.toThrow(NOT_FOUND);
    await expect(exportAuditLog({ format: "xlsx" })).rejects.toThrow(NOT_FOUND);
  });
});

describe("the CSV export", () => {
  it("holds the filtered rows under a header, times on the practice's clock", async () => {
    await signInAs(here.admin);
    const file = await exportAuditLog({ ...IN_2020, from: "2020-03-01", to: "2020-03-03" });
    expect(file.count).toBe(3);
    expect(file.truncated).toBe(false);
    expect(file.filename).toMatch(/^unknot-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file.csv.split("\r\n");
    expect(lines[0]).toBe(`When (${ZONE}),Who,Role,Action,Object type,Object id,Client,Client id,Outcome,IP,Detail`);
    expect(lines[1]).toBe(
      `2020-03-03 10:00:00,online booking,public,booking.create,appointment,0f8fad5b-d9cb-469f-a165-70867728950e,` +
        `Ben Audit,${here.clientB.record.id},allowed,,"{""source"": ""online"", ""clientId"": ""${here.clientB.record.id}""}"`,
    );
    expect(lines[3]).toMatch(/^2020-03-01 00:30:00,Audit Admin,admin,plan\.read,plan,/);
    expect(lines).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
  });

  it("cuts a long detail short on the page and exports it whole", async () => {
    await signInAs(here.admin);
    const note = "x".repeat(400);
    await insertEvents([
      {
        actorId: here.admin.id,
        actorRole: "admin",
        practiceId: here.practice.id,
        at: new Date("2020-09-01T12:00:00Z"),
        action: "detail.long",
        objectType: "practice",
        outcome: "allowed",
        detail: { note },
      },
    ]);
    const [row] = (await getAuditLog({ action: "detail.long" })).rows;
    expect(row!.detail).toMatch(/^\{"note": "x+…$/);
    expect(row!.detail!.length).toBeLessThan(200);
    const file = await exportAuditLog({ action: "detail.long" });
    expect(file.csv).toContain(`"{""note"": ""${note}""}"`);
  });

  it("turns a client named like a formula into text, and audits the export with its filters", async () => {
    await signInAs(here.admin);
    const evil = await newClient({ givenName: '=HYPERLINK("http://x","y")', familyName: "Evil" });
    const file = await exportAuditLog({ client: evil });
    expect(file.count).toBe(1);
    const cells = file.csv.split("\r\n")[1]!;
    expect(cells).toContain(`,client.create,client,${evil},"'=HYPERLINK(""http://x"",""y"") Evil",${evil},allowed,`);
    const db = await testDb();
    const [exported] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, here.admin.id), eq(auditEvents.action, "audit.export")))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(exported).toMatchObject({
      practiceId: here.practice.id,
      objectType: "audit",
      outcome: "allowed",
      detail: { filters: { client: evil }, count: 1, truncated: false },
    });
    // The page shows the name as it is: React prints it as text.
    expect((await getAuditLog({ client: evil })).client).toEqual({ id: evil, name: '=HYPERLINK("http://x","y") Evil' });
  });

  it("audits each view of the log with its filters", async () => {
    await signInAs(here.admin);
    await getAuditLog({ outcome: "failed" });
    const db = await testDb();
    const [read] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, here.admin.id), eq(auditEvents.action, "audit.read")))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(read).toMatchObject({ outcome: "allowed", detail: { query: { outcome: "failed" } } });
  });
});
