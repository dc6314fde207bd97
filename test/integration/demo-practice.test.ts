import { eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { DEMO_EMAILS, DEMO_PASSWORD, seedDemoIfEmpty } from "@/db/seed/demo";
import { auditEvents, clients, practices, sessionNotes } from "@/db/schema";
import { demoPracticeName, removeDemoPractice } from "@/lib/dal/demo-practice";
import { verifySignIn } from "@/lib/dal/sign-in";
import { countOf, createPractice, newClient, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

/** Every table holding a practice's rows (each carries practice_id), as the schema has them now. */
async function practiceTables(): Promise<string[]> {
  const res = (await (
    await testDb()
  ).execute(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'practice_id' and t.table_type = 'BASE TABLE'`)) as unknown as {
    rows: { table_name: string }[];
  };
  return res.rows.map((r) => r.table_name);
}

// Issue 12, finding 10: the demo practice (public passwords) is flagged while it exists and
// `npm run practice -- remove-demo` deletes it, whatever it holds, and nothing else.
test("the demo practice is named for the banner, and removing it deletes every row it holds and nothing else", async () => {
  // No banner on a database without the demo (reading it also loads the reference data).
  expect(await demoPracticeName()).toBeNull();
  const db = await testDb();
  expect(await seedDemoIfEmpty(db)).toBe(true);
  const [demo] = await db.select().from(practices).where(eq(practices.demo, true));
  expect(await demoPracticeName()).toBe(demo!.name);
  // Someone tried the demo: its trail has rows, locked like any practice's, and so are its signed notes.
  const tried = await verifySignIn(DEMO_EMAILS.therapists[0], DEMO_PASSWORD);
  if (!tried.ok) throw new Error("the demo login failed");
  currentRequest.claims = tried.claims;
  await newClient({ givenName: "Tried" });
  expect(
    await countOf(sql`select count(*)::int as n from audit_events where practice_id = ${demo!.id}`),
  ).toBeGreaterThan(0);
  expect(
    await countOf(
      sql`select count(*)::int as n from session_notes where practice_id = ${demo!.id} and status = 'signed'`,
    ),
  ).toBeGreaterThan(0);
  await expect(db.delete(auditEvents).where(eq(auditEvents.practiceId, demo!.id))).rejects.toThrow();
  await expect(db.delete(sessionNotes).where(eq(sessionNotes.practiceId, demo!.id))).rejects.toThrow();

  const real = await createPractice("Real");
  await signInAs(real.therapist);
  const clientId = await newClient({ givenName: "Rhea" });
  const realAudit = await countOf(
    sql`select count(*)::int as n from audit_events where practice_id = ${real.practice.id}`,
  );
  expect(realAudit).toBeGreaterThan(0);

  const removed = await removeDemoPractice();
  expect(removed).toMatchObject({ ok: true, name: demo!.name });
  expect(removed.ok && removed.rows).toBeGreaterThan(100);
  for (const table of await practiceTables()) {
    const left = await countOf(
      sql`select count(*)::int as n from ${sql.identifier(table)} where practice_id = ${demo!.id}`,
    );
    expect(left, table).toBe(0);
  }
  expect(await db.select().from(practices).where(eq(practices.id, demo!.id))).toEqual([]);
  expect(await demoPracticeName()).toBeNull();
  expect(await removeDemoPractice()).toEqual({ ok: false, code: "setup.no-demo" });

  // The real practice is untouched, and its trail is as locked as before.
  expect(await db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId))).toHaveLength(1);
  expect(await countOf(sql`select count(*)::int as n from audit_events where practice_id = ${real.practice.id}`)).toBe(
    realAudit,
  );
  await expect(db.delete(auditEvents).where(eq(auditEvents.practiceId, real.practice.id))).rejects.toThrow();
});
