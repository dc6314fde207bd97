import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, homeworkReminders, homeworkReminderSends, outbox, plans, practices } from "@/db/schema";
import {
  getMyReminder,
  getUnsubscribeLink,
  setMyReminder,
  stopMyReminder,
  unsubscribeByLink,
} from "@/lib/dal/homework-reminders";
import { sendDueHomeworkReminders } from "@/lib/dal/internal/homework-reminders";
import { createPlan, editPlan } from "@/lib/dal/plans";
import { dayIn } from "@/lib/domain/days";
import { auditRows, createPractice, signInAs, testDb } from "../support/fixtures";

/**
 * Issue 13, bug 15: a client's daily homework reminder goes by email through the outbox, once
 * a practice day, only while they follow an active plan, and stops from a link in the email.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
const ZONE = "Europe/London";

beforeAll(async () => {
  here = await createPractice("Reminders");
  const db = await testDb();
  await db.update(practices).set({ timeZone: ZONE }).where(eq(practices.id, here.practice.id));
});

let counter = 0;

/** A client of the practice with a login, an email and (unless told) an active plan, signed in to the portal. */
async function clientWithReminder({ plan = true } = {}) {
  const db = await testDb();
  const { clientA } = here;
  // Each test gets its own client: a copy of client A's record with A's login moved to it.
  const email = `reminded-${++counter}@example.test`;
  const [record] = await db
    .insert(clients)
    .values({
      practiceId: here.practice.id,
      givenName: `Rhea${counter}`,
      familyName: "Reminders",
      email,
      primaryTherapistId: here.therapist.id,
    })
    .returning();
  await db.update(clients).set({ userId: null }).where(eq(clients.userId, clientA.login.id));
  await db.update(clients).set({ userId: clientA.login.id }).where(eq(clients.id, record!.id));
  let planId: string | null = null;
  if (plan) {
    await signInAs(here.therapist);
    planId = await createPlan(record!.id);
    await editPlan(planId, { type: "add", itemId: "warm-compress" });
    expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });
  }
  await signInAs(clientA.login);
  return { clientId: record!.id, email, planId };
}

/** Makes the client's reminder due `ago` milliseconds before now. */
async function dueAgo(clientId: string, ago = 1_000) {
  const db = await testDb();
  await db
    .update(homeworkReminders)
    .set({ nextDueAt: new Date(Date.now() - ago) })
    .where(eq(homeworkReminders.clientId, clientId));
}

async function emailsTo(email: string) {
  const db = await testDb();
  return db.select().from(outbox).where(eq(outbox.toAddress, email));
}

async function run() {
  return sendDueHomeworkReminders(await testDb(), new Date());
}

describe("homework reminders", () => {
  it("are chosen in the portal at a time on the practice's clock, and the next is that time's next instant", async () => {
    const { clientId } = await clientWithReminder();
    expect(await getMyReminder()).toEqual({ time: null, enabled: false, timeZone: ZONE });
    await setMyReminder("07:45");
    expect(await getMyReminder()).toEqual({ time: "07:45", enabled: true, timeZone: ZONE });
    const db = await testDb();
    const [row] = await db.select().from(homeworkReminders).where(eq(homeworkReminders.clientId, clientId));
    expect(row!.nextDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, timeStyle: "short" }).format(row!.nextDueAt!)).toBe(
      "07:45",
    );
    expect((await auditRows(clientId)).map((a) => [a.action, a.detail])).toContainEqual([
      "portal.reminders",
      { on: "07:45" },
    ]);
  });

  it("send one email a day: running again, or moving the time later the same day, sends nothing more", async () => {
    const { clientId, email } = await clientWithReminder();
    await setMyReminder("08:00");
    await dueAgo(clientId);
    expect(await run()).toBe(1);
    const [mail] = await emailsTo(email);
    expect(mail!.subject).toBe("Your home plan for today — Reminders");
    expect(mail!.body).toMatch(/\/portal\n/);
    expect(mail!.body).toMatch(/\/reminders\/unsubscribe\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}/);
    expect(await run()).toBe(0);

    // The client picks a later time today after today's went out: the day's key holds.
    await setMyReminder("23:59");
    await dueAgo(clientId);
    expect(await run()).toBe(1);
    expect(await emailsTo(email)).toHaveLength(1);
    const db = await testDb();
    const sends = await db.select().from(homeworkReminderSends).where(eq(homeworkReminderSends.clientId, clientId));
    expect(sends.map((s) => s.day)).toEqual([dayIn(ZONE, new Date())]);
    const [row] = await db.select().from(homeworkReminders).where(eq(homeworkReminders.clientId, clientId));
    expect(row!.nextDueAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("never send twice when several runs claim at the same time", async () => {
    const { clientId, email } = await clientWithReminder();
    await setMyReminder("09:00");
    await dueAgo(clientId);
    await Promise.all([run(), run(), run()]);
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it("send none after the plan ends, after a discharge, or to a client with no active plan", async () => {
    const db = await testDb();
    const ended = await clientWithReminder();
    await setMyReminder("08:00");
    await db.update(plans).set({ status: "archived" }).where(eq(plans.id, ended.planId!));
    await dueAgo(ended.clientId);
    await run();
    expect(await emailsTo(ended.email)).toHaveLength(0);

    const discharged = await clientWithReminder();
    await setMyReminder("08:00");
    await db.update(clients).set({ status: "discharged" }).where(eq(clients.id, discharged.clientId));
    await dueAgo(discharged.clientId);
    await run();
    expect(await emailsTo(discharged.email)).toHaveLength(0);

    const noPlan = await clientWithReminder({ plan: false });
    await setMyReminder("08:00");
    await dueAgo(noPlan.clientId);
    await run();
    expect(await emailsTo(noPlan.email)).toHaveLength(0);
    // Each is moved on to its next day, not claimed again and again.
    const rows = await db.select().from(homeworkReminders).where(eq(homeworkReminders.practiceId, here.practice.id));
    for (const row of rows.filter((r) => r.enabled)) expect(row.nextDueAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("do not send a day that has passed (a server down all day sends no stale reminder)", async () => {
    const { clientId, email } = await clientWithReminder();
    await setMyReminder("08:00");
    await dueAgo(clientId, 3 * 86_400_000);
    expect(await run()).toBe(1);
    expect(await emailsTo(email)).toHaveLength(0);
  });

  it("stop in one click from the email's link, without signing in, audited; a forged link does nothing", async () => {
    const { clientId, email } = await clientWithReminder();
    await setMyReminder("08:00");
    await dueAgo(clientId);
    await run();
    const [mail] = await emailsTo(email);
    const token = mail!.body.match(/\/reminders\/unsubscribe\/(\S+)/)![1]!;

    const forged = token.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect(await getUnsubscribeLink(forged)).toBeNull();
    expect(await unsubscribeByLink(forged)).toBeNull();
    expect(await getUnsubscribeLink(token)).toEqual({ practiceName: "Reminders", enabled: true });

    expect(await unsubscribeByLink(token)).toEqual({ practiceName: "Reminders" });
    expect(await getUnsubscribeLink(token)).toEqual({ practiceName: "Reminders", enabled: false });
    const audit = (await auditRows(clientId)).filter((a) => a.action === "reminder.unsubscribe");
    expect(audit).toEqual([expect.objectContaining({ actorId: null, actorRole: "link", outcome: "allowed" })]);
    await dueAgo(clientId);
    expect(await run()).toBe(0);
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it("stop from the portal too", async () => {
    const { clientId, email } = await clientWithReminder();
    await setMyReminder("08:00");
    await stopMyReminder();
    expect(await getMyReminder()).toEqual({ time: "08:00", enabled: false, timeZone: ZONE });
    await dueAgo(clientId);
    await run();
    expect(await emailsTo(email)).toHaveLength(0);
    const db = await testDb();
    const left = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.practiceId, here.practice.id), like(outbox.subject, "Your home plan%")));
    expect(left.every((m) => m.toAddress !== email)).toBe(true);
  });
});
