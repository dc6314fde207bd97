import { and, eq, isNotNull } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Client, Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { appointments, clients, outbox } from "@/db/schema";
import type { Db } from "@/db/client";
import { sendDueReminders } from "@/lib/dal/internal/reminders";
import { createPractice, testDb } from "../../support/fixtures";
import { makeBookable } from "../../support/booking";

/**
 * The reminder job on PostgreSQL, as several app servers run it: two workers with their own
 * connections over one database send each due reminder exactly once; a worker that dies with
 * reminders claimed but not committed loses none of them.
 */
const pools: Pool[] = [];
function worker(): Db {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  // The test database is dropped with these connections idle: that is not a failure.
  pool.on("error", () => {});
  pools.push(pool);
  return drizzle(pool, { schema }) as unknown as Db;
}

let practiceId: string;
let clientId: string;
let setup: Awaited<ReturnType<typeof makeBookable>>;
let therapistId: string;

beforeAll(async () => {
  const here = await createPractice("Reminders");
  practiceId = here.practice.id;
  therapistId = here.therapist.id;
  clientId = here.clientA.record.id;
  setup = await makeBookable(here.practice, [therapistId]);
  const db = await testDb();
  await db.update(clients).set({ email: "reminded@example.test" }).where(eq(clients.id, clientId));
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

/** `n` booked appointments, an hour apart from `from`, whose reminders are all due now. */
async function dueAppointments(n: number, from: Date) {
  const db = await testDb();
  const rows = await db
    .insert(appointments)
    .values(
      Array.from({ length: n }, (_, i) => {
        const startsAt = new Date(from.getTime() + i * 3_600_000);
        const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
        return {
          practiceId,
          therapistId,
          clientId,
          typeId: setup.followUp.id,
          startsAt,
          endsAt,
          blockedUntil: endsAt,
          source: "staff" as const,
          reminderDueAt: new Date(Date.now() - 60_000),
        };
      }),
    )
    .returning({ id: appointments.id });
  return rows.map((r) => r.id);
}

async function remindersSent() {
  const db = await testDb();
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, "reminded@example.test")));
}

describe("the reminder job", () => {
  it("sends each due reminder exactly once with two workers running at the same time", async () => {
    const ids = await dueAppointments(40, new Date(Date.now() + 2 * 86_400_000));
    const [a, b] = [worker(), worker()];
    const drain = async (db: Db) => {
      let total = 0;
      for (let sent = -1; sent !== 0; total += sent) sent = await sendDueReminders(db, new Date(), 5);
      return total;
    };
    const [byA, byB] = await Promise.all([drain(a), drain(b)]);
    expect(byA + byB).toBe(40);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    const mails = (await remindersSent()).filter((m) => m.subject.startsWith("Tomorrow:"));
    expect(mails).toHaveLength(40);
    const db = await testDb();
    const marked = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(isNotNull(appointments.reminderSentAt));
    expect(marked.map((m) => m.id).sort()).toEqual(expect.arrayContaining(ids.sort()));
  });

  it("loses nothing when a worker dies holding claimed reminders: the next run sends them once", async () => {
    const before = (await remindersSent()).length;
    await dueAppointments(5, new Date(Date.now() + 10 * 86_400_000));
    // A worker claims the due rows and dies before committing (its connection is killed).
    const doomed = new Client({ connectionString: process.env.DATABASE_URL });
    await doomed.connect();
    doomed.on("error", () => {});
    await doomed.query("begin");
    const claimed = await doomed.query(
      "select id from appointments where reminder_sent_at is null and status = 'booked' and reminder_due_at <= now() for update skip locked",
    );
    expect(claimed.rowCount).toBe(5);
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("select pg_terminate_backend($1)", [(doomed as unknown as { processID: number }).processID]);
    await admin.end();
    // The server restarts: a new worker runs.
    const restarted = worker();
    let sent = 0;
    for (let n = -1; n !== 0; sent += n) n = await sendDueReminders(restarted, new Date(), 10);
    expect(sent).toBe(5);
    expect((await remindersSent()).length - before).toBe(5);
    expect(await sendDueReminders(restarted, new Date(), 10)).toBe(0);
  });
});
