import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appointments,
  appointmentTypes,
  auditEvents,
  callbackRequests,
  clients,
  flags,
  screenings,
  symptomReports,
} from "@/db/schema";
import { getDashboard } from "@/lib/dal/dashboard";
import { dayIn } from "@/lib/domain/days";
import { instantOf } from "@/lib/domain/wall-clock";
import { createPractice, NOT_FOUND, signInAs, signOutLocally, testDb } from "../support/fixtures";

/**
 * The dashboard on a small fixed practice: each list holds exactly what needs attention, a
 * therapist's own clients come first, the front desk sees no clinical list, and nothing of
 * another practice shows through.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;

async function stopFlag(practiceId: string, clientId: string, openedBy: string) {
  const db = await testDb();
  const [screen] = await db.insert(screenings).values({ practiceId, clientId, recordedBy: openedBy }).returning();
  await db
    .insert(flags)
    .values({ practiceId, clientId, contraindicationId: "suspected-dvt", openedBy, openedByScreening: screen!.id });
}

async function appointmentToday(p: typeof here, clientId: string, therapistId: string, time: string) {
  const db = await testDb();
  const [type] = await db
    .insert(appointmentTypes)
    .values({ practiceId: p.practice.id, name: `Follow-up ${time}`, lengthMinutes: 30 })
    .returning();
  const startsAt = instantOf(dayIn("UTC", new Date()), time, "UTC")!;
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  await db.insert(appointments).values({
    practiceId: p.practice.id,
    therapistId,
    clientId,
    typeId: type!.id,
    startsAt,
    endsAt,
    blockedUntil: endsAt,
    source: "staff",
  });
}

beforeAll(async () => {
  here = await createPractice("Dash");
  elsewhere = await createPractice("DashElsewhere");
  await signInAs(here.therapist); // opens the app's database
  const db = await testDb();
  // Ana is therapist A's client, Ben therapist B's. Both have open stop flags; Ben logged a stop
  // symptom yesterday and did a fifth of his plan; Ana has no consent on file.
  await stopFlag(here.practice.id, here.clientA.record.id, here.therapist.id);
  await stopFlag(here.practice.id, here.clientB.record.id, here.otherTherapist.id);
  await db.insert(symptomReports).values({
    practiceId: here.practice.id,
    clientId: here.clientB.record.id,
    kind: "numbness",
    reportedAt: new Date(Date.now() - 86_400_000),
  });
  // A report older than a week is no longer news.
  await db.insert(symptomReports).values({
    practiceId: here.practice.id,
    clientId: here.clientA.record.id,
    kind: "tingling",
    reportedAt: new Date(Date.now() - 9 * 86_400_000),
  });
  await db
    .update(clients)
    .set({ adherence7d: 20, consentAt: new Date() })
    .where(eq(clients.id, here.clientB.record.id));
  await db.update(clients).set({ adherence7d: 80 }).where(eq(clients.id, here.clientA.record.id));
  await appointmentToday(here, here.clientB.record.id, here.otherTherapist.id, "09:00");
  await appointmentToday(here, here.clientA.record.id, here.therapist.id, "15:00");
  await db.insert(callbackRequests).values({ practiceId: here.practice.id, name: "Robin Caller", answers: [] });
  await db
    .insert(callbackRequests)
    .values({ practiceId: here.practice.id, name: "Done Already", answers: [], resolvedAt: new Date() });
  // The other practice has the same kinds of things: none of it may show here.
  await stopFlag(elsewhere.practice.id, elsewhere.clientA.record.id, elsewhere.therapist.id);
  await appointmentToday(elsewhere, elsewhere.clientA.record.id, elsewhere.therapist.id, "11:00");
  await db
    .insert(callbackRequests)
    .values({ practiceId: elsewhere.practice.id, name: "Elsewhere Caller", answers: [] });
});

describe("the dashboard", () => {
  it("lists what needs a therapist's attention, their own clients first", async () => {
    await signInAs(here.therapist);
    const d = await getDashboard();
    expect(d.byTherapist).toBe(false);
    expect(d.openStopFlags!.items.map((f) => [f.clientName, f.own])).toEqual([
      ["Ana Dash", true],
      ["Ben Dash", false],
    ]);
    expect(d.openStopFlags!.total).toBe(2);
    expect(d.symptoms!.items.map((s) => [s.clientName, s.kind, s.resolved])).toEqual([["Ben Dash", "numbness", false]]);
    expect(d.lowAdherence!.items.map((c) => [c.clientName, c.adherence7d])).toEqual([["Ben Dash", 20]]);
    expect(d.noConsent!.items.map((c) => c.clientName)).toEqual(["Ana Dash"]);
    // Their own appointment first, then the rest of the day by time.
    expect(d.appointments.items.map((a) => [a.time, a.clientName, a.own])).toEqual([
      ["15:00", "Ana Dash", true],
      ["09:00", "Ben Dash", false],
    ]);
    expect(d.callbacks.items.map((c) => c.name)).toEqual(["Robin Caller"]);
  });

  it("shows an admin the practice grouped by therapist", async () => {
    await signInAs(here.admin);
    const d = await getDashboard();
    expect(d.byTherapist).toBe(true);
    expect(d.openStopFlags!.items.map((f) => f.therapistName)).toEqual(["Dash Therapist A", "Dash Therapist B"]);
    expect(d.appointments.items.map((a) => a.therapistName)).toEqual(["Dash Therapist A", "Dash Therapist B"]);
  });

  it("gives the front desk the day and the callbacks, and no clinical list", async () => {
    await signInAs(here.frontDesk);
    const d = await getDashboard();
    expect(d.openStopFlags).toBeNull();
    expect(d.symptoms).toBeNull();
    expect(d.lowAdherence).toBeNull();
    expect(d.noConsent).toBeNull();
    expect(d.appointments.total).toBe(2);
    expect(d.callbacks.total).toBe(1);
  });

  it("is not for clients or the signed-out, and each read is audited once", async () => {
    await signInAs(here.clientA.login);
    await expect(getDashboard()).rejects.toThrow(NOT_FOUND);
    signOutLocally();
    await expect(getDashboard()).rejects.toThrow();
    await signInAs(elsewhere.therapist);
    const d = await getDashboard();
    expect(d.openStopFlags!.items.map((f) => f.clientName)).toEqual(["Ana DashElsewhere"]);
    expect(d.callbacks.items.map((c) => c.name)).toEqual(["Elsewhere Caller"]);
    expect(d.appointments.items.map((a) => a.clientName)).toEqual(["Ana DashElsewhere"]);
    const db = await testDb();
    const reads = await db
      .select({ outcome: auditEvents.outcome })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, elsewhere.therapist.id), eq(auditEvents.action, "dashboard.read")));
    expect(reads).toEqual([{ outcome: "allowed" }]);
  });
});
