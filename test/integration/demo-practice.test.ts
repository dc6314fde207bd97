import { eq, sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { DEMO_EMAILS, DEMO_PASSWORD, seedDemoIfEmpty } from "@/db/seed/demo";
import { auditEvents, clients, practices, sessionNotes, users } from "@/db/schema";
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

// Issue 12, finding 10: the demo practices (public passwords) are flagged while they exist and
// `npm run practice -- remove-demo` deletes them, whatever they hold, and nothing else.
test("the demo practices are named for the banner, and removing them deletes every row they hold and nothing else", async () => {
  // No banner on a database without the demo (reading it also loads the reference data).
  expect(await demoPracticeName()).toBeNull();
  const db = await testDb();
  expect(await seedDemoIfEmpty(db)).toBe(true);
  const demos = await db.select().from(practices).where(eq(practices.demo, true)).orderBy(practices.createdAt);
  expect(demos).toHaveLength(2);
  const demo = demos.find((p) => p.slug === "riverside");
  expect([demo!.name, demos.find((p) => p.slug === "harbour")!.name]).toContain(await demoPracticeName());
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

  // Priya, a client of the demo practice, is also a client of the real one, with the same login.
  const [priya] = await db.select().from(users).where(eq(users.email, DEMO_EMAILS.clients[1]));
  const [priyaHere] = await db
    .insert(clients)
    .values({ practiceId: real.practice.id, givenName: "Priya", familyName: "Shah", userId: priya!.id })
    .returning();

  const removed = await removeDemoPractice();
  if (!removed.ok) throw new Error("nothing removed");
  expect(removed.removed.map((r) => r.name).sort()).toEqual(demos.map((d) => d.name).sort());
  expect(removed.removed.find((r) => r.name === demo!.name)!.rows).toBeGreaterThan(100);
  for (const table of await practiceTables()) {
    const left = await countOf(
      sql`select count(*)::int as n from ${sql.identifier(table)} where practice_id in (${demos[0]!.id}, ${demos[1]!.id})`,
    );
    expect(left, table).toBe(0);
  }
  expect(await db.select().from(practices).where(eq(practices.demo, true))).toEqual([]);
  // Priya's login stays, now the real practice's, and still opens her record there.
  const [kept] = await db.select().from(users).where(eq(users.id, priya!.id));
  expect(kept!.practiceId).toBe(real.practice.id);
  const priyaIn = await verifySignIn(DEMO_EMAILS.clients[1], DEMO_PASSWORD);
  expect(priyaIn.ok && priyaIn.claims.practiceId).toBe(real.practice.id);
  expect(priyaHere!.userId).toBe(priya!.id);
  expect(await demoPracticeName()).toBeNull();
  expect(await removeDemoPractice()).toEqual({ ok: false, code: "setup.no-demo" });

  // The real practice is untouched but for Priya's sign-in, and its trail is as locked as before.
  expect(await db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId))).toHaveLength(1);
  expect(await countOf(sql`select count(*)::int as n from audit_events where practice_id = ${real.practice.id}`)).toBe(
    realAudit + 1,
  );
  await expect(db.delete(auditEvents).where(eq(auditEvents.practiceId, real.practice.id))).rejects.toThrow();
});
