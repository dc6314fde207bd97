import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { getClient, getMyClientRecord, listClients } from "@/lib/dal/clients";
import { auditRows, createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  here = await createPractice("Hillside");
  elsewhere = await createPractice("Lakeside");
});

describe("staff", () => {
  beforeEach(async () => {
    await signInAs(here.therapist);
  });

  it("list only their own practice's clients, as narrow DTOs", async () => {
    const list = await listClients();
    expect(list.map((c) => c.givenName).sort()).toEqual(["Ana", "Ben"]);
    for (const dto of list) {
      expect(Object.keys(dto).sort()).toEqual(
        ["dateOfBirth", "familyName", "givenName", "hasPortalLogin", "id", "therapistName"].sort(),
      );
    }
  });

  it("read a client of their practice, including one of another therapist", async () => {
    const client = await getClient(here.clientB.record.id);
    expect(client.givenName).toBe("Ben");
    expect(client).not.toHaveProperty("passwordHash");
    expect(client).not.toHaveProperty("userId");
  });

  it("get not-found for another practice's client, and the denial is audited", async () => {
    const foreignId = elsewhere.clientA.record.id;
    await expect(getClient(foreignId)).rejects.toThrow(NOT_FOUND);
    const rows = await auditRows(foreignId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "client.read", outcome: "denied", actorId: here.therapist.id });
  });

  it("get the same not-found for an id that does not exist or is not an id", async () => {
    await expect(getClient("00000000-0000-4000-8000-000000000000")).rejects.toThrow(NOT_FOUND);
    await expect(getClient("1 or 1=1")).rejects.toThrow(NOT_FOUND);
  });

  it("have no portal record of their own", async () => {
    await expect(getMyClientRecord()).rejects.toThrow(NOT_FOUND);
  });

  it("as admin see the practice's clients too", async () => {
    await signInAs(here.admin);
    expect(await listClients()).toHaveLength(2);
  });
});

describe("clients", () => {
  beforeEach(async () => {
    await signInAs(here.clientA.login);
  });

  it("read their own record through the portal", async () => {
    const me = await getMyClientRecord();
    expect(me.id).toBe(here.clientA.record.id);
    expect(me.therapistName).toBe(here.therapist.displayName);
    expect(me.practiceName).toBe("Hillside");
  });

  it("get not-found for another client of the same practice", async () => {
    await expect(getClient(here.clientB.record.id)).rejects.toThrow(NOT_FOUND);
    const rows = await auditRows(here.clientB.record.id);
    expect(rows.some((r) => r.outcome === "denied" && r.actorId === here.clientA.login.id)).toBe(true);
  });

  it("get not-found for another practice's client", async () => {
    await expect(getClient(elsewhere.clientA.record.id)).rejects.toThrow(NOT_FOUND);
  });

  it("get not-found for the staff client list", async () => {
    await expect(listClients()).rejects.toThrow(NOT_FOUND);
  });
});

describe("audit", () => {
  it("records every read of client data with who, what and where from", async () => {
    await signInAs(here.therapist);
    const id = here.clientA.record.id;
    const before = (await auditRows(id)).filter((r) => r.outcome === "allowed").length;
    await getClient(id);
    await getClient(id);
    const allowed = (await auditRows(id)).filter((r) => r.outcome === "allowed");
    expect(allowed).toHaveLength(before + 2);
    expect(allowed.at(-1)).toMatchObject({
      action: "client.read",
      objectType: "client",
      actorId: here.therapist.id,
      actorRole: "therapist",
      practiceId: here.practice.id,
      ip: "203.0.113.10",
    });
  });

  it("records list reads", async () => {
    await signInAs(here.admin);
    await listClients();
    const db = await testDb();
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "client.list"), eq(auditEvents.actorId, here.admin.id)));
    expect(rows.length).toBeGreaterThan(0);
  });

  it("is append-only", async () => {
    const db = await testDb();
    await expect(db.update(auditEvents).set({ outcome: "allowed" })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
  });
});
