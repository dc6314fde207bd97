import { eq, inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { clients, homeworkReminders, homeworkReminderSends, outbox, planVersions, plans, practices } from "@/db/schema";
import type { Db } from "@/db/client";
import { sendDueHomeworkReminders } from "@/lib/dal/internal/homework-reminders";
import { createPractice, testDb } from "../../support/fixtures";

/**
 * The homework reminder job on PostgreSQL as several app servers run it: two workers with their
 * own connections draining the same due reminders send each client's exactly once.
 */
const pools: Pool[] = [];
function worker(): Db {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  pool.on("error", () => {});
  pools.push(pool);
  return drizzle(pool, { schema }) as unknown as Db;
}

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

let clientIds: string[] = [];

beforeAll(async () => {
  const here = await createPractice("Homework reminders");
  const db = await testDb();
  await db.update(practices).set({ timeZone: "Europe/London" }).where(eq(practices.id, here.practice.id));
  const rows = await db
    .insert(clients)
    .values(
      Array.from({ length: 30 }, (_, i) => ({
        practiceId: here.practice.id,
        givenName: `Client${i}`,
        familyName: "Reminded",
        email: `hw-${i}@example.test`,
      })),
    )
    .returning({ id: clients.id });
  clientIds = rows.map((r) => r.id);
  // Each follows an active plan (one published version), with a reminder due a moment ago.
  for (const clientId of clientIds) {
    const [plan] = await db
      .insert(plans)
      .values({
        practiceId: here.practice.id,
        clientId,
        status: "active",
        createdBy: here.therapist.id,
        publishedVersions: 1,
      })
      .returning({ id: plans.id });
    await db.insert(planVersions).values({
      practiceId: here.practice.id,
      planId: plan!.id,
      version: 1,
      entries: [],
      publishedBy: here.therapist.id,
    });
  }
  await db.insert(homeworkReminders).values(
    clientIds.map((clientId) => ({
      clientId,
      practiceId: here.practice.id,
      time: "08:00",
      nextDueAt: new Date(Date.now() - 1_000),
    })),
  );
});

describe("the homework reminder job", () => {
  it("sends each client's reminder exactly once with two workers running at the same time", async () => {
    const [a, b] = [worker(), worker()];
    const drain = async (db: Db) => {
      let total = 0;
      for (let claimed = -1; claimed !== 0; total += claimed)
        claimed = await sendDueHomeworkReminders(db, new Date(), 4);
      return total;
    };
    const [byA, byB] = await Promise.all([drain(a), drain(b)]);
    expect(byA + byB).toBe(30);
    const db = await testDb();
    const mails = await db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(
        inArray(
          outbox.toAddress,
          clientIds.map((_, i) => `hw-${i}@example.test`),
        ),
      );
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.to)).size).toBe(30);
    const sends = await db
      .select()
      .from(homeworkReminderSends)
      .where(inArray(homeworkReminderSends.clientId, clientIds));
    expect(sends).toHaveLength(30);

    // Due again at once (a clock set back, a second server's stale view): the day's key holds.
    await db
      .update(homeworkReminders)
      .set({ nextDueAt: new Date(Date.now() - 1_000) })
      .where(inArray(homeworkReminders.clientId, clientIds));
    await Promise.all([drain(a), drain(b)]);
    const after = await db
      .select({ to: outbox.toAddress })
      .from(outbox)
      .where(
        inArray(
          outbox.toAddress,
          clientIds.map((_, i) => `hw-${i}@example.test`),
        ),
      );
    expect(after).toHaveLength(30);
  });
});
