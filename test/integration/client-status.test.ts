import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, clients } from "@/db/schema";
import { changeClientStatus } from "@/lib/dal/client-records";
import { createIntake } from "@/lib/dal/intakes";
import { createPractice, intakeInput, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

/**
 * Discharging and reactivating a client: clinicians of the practice only, audited with where
 * the client came from, a change that no longer applies writes nothing, and an intake brings a
 * prospect or a discharged client into care.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

async function statusOf(clientId: string) {
  const db = await testDb();
  const [row] = await db.select({ status: clients.status }).from(clients).where(eq(clients.id, clientId));
  return row!.status;
}

async function statusAudit(clientId: string) {
  const db = await testDb();
  const rows = await db
    .select({ actorId: auditEvents.actorId, outcome: auditEvents.outcome, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.objectId, clientId), eq(auditEvents.action, "client.status")))
    .orderBy(asc(auditEvents.id));
  return rows;
}

const allowedChanges = async (clientId: string) => (await statusAudit(clientId)).filter((r) => r.outcome === "allowed");

beforeAll(async () => {
  here = await createPractice("Status");
  elsewhere = await createPractice("StatusElsewhere");
});

describe("a client's status", () => {
  it("is discharged and reactivated by a therapist, each change audited once", async () => {
    const ana = here.clientA.record.id;
    await signInAs(here.therapist);
    expect(await changeClientStatus(ana, "discharge")).toEqual({ ok: true, status: "discharged" });
    expect(await statusOf(ana)).toBe("discharged");
    // A second click finds nothing to do and writes nothing.
    expect(await changeClientStatus(ana, "discharge")).toEqual({ ok: false, code: "client.status-unchanged" });
    expect(await changeClientStatus(ana, "reactivate")).toEqual({ ok: true, status: "active" });
    expect(await statusOf(ana)).toBe("active");
    expect(await statusAudit(ana)).toEqual([
      { actorId: here.therapist.id, outcome: "allowed", detail: { from: "active", to: "discharged" } },
      { actorId: here.therapist.id, outcome: "allowed", detail: { from: "discharged", to: "active" } },
    ]);
  });

  it("is not the front desk's, a client's or another practice's to change", async () => {
    const ben = here.clientB.record.id;
    for (const who of [here.frontDesk, here.clientB.login, elsewhere.admin]) {
      await signInAs(who);
      await expect(changeClientStatus(ben, "discharge")).rejects.toThrow(NOT_FOUND);
    }
    expect(await statusOf(ben)).toBe("active");
    // Each refusal is on the record, as a refusal.
    expect(await statusAudit(ben)).toEqual(
      [here.frontDesk, here.clientB.login, elsewhere.admin].map((who) => ({
        actorId: who.id,
        outcome: "denied",
        detail: null,
      })),
    );
  });

  it("becomes active when an intake opens an episode of care", async () => {
    const ben = here.clientB.record.id;
    const db = await testDb();
    await db.update(clients).set({ status: "prospect" }).where(eq(clients.id, ben));
    await signInAs(here.otherTherapist);
    const intakeId = await createIntake(ben, intakeInput());
    expect(await statusOf(ben)).toBe("active");
    expect(await allowedChanges(ben)).toEqual([
      { actorId: here.otherTherapist.id, outcome: "allowed", detail: { from: "prospect", to: "active", intakeId } },
    ]);
    // An active client's next intake changes nothing.
    await createIntake(ben, intakeInput());
    expect((await allowedChanges(ben)).length).toBe(1);
  });
});
