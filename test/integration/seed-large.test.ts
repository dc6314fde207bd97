import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";
import { verifySignIn } from "@/lib/dal/sign-in";
import { SEED_PASSWORD, seedLarge, SeedRefusedError, type SeedOptions } from "@/scripts/seed-large/seed";
import { pgliteTarget, postgresTarget } from "@/scripts/seed-large/target";
import { countOf, createPractice, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

/**
 * The large seed (npm run seed:large) on the test's own database, small: what it makes keeps
 * the app's invariants and the database's constraints, and it refuses a database with real data.
 */
async function seed(options: SeedOptions) {
  const database = await getDatabase();
  if (database.engine === "pglite") {
    return seedLarge(pgliteTarget((database.db as unknown as { $client: PGlite }).$client, "test database"), options);
  }
  const client = await database.pool!.connect();
  try {
    return await seedLarge(postgresTarget(client, "test database"), options);
  } finally {
    client.release();
  }
}

const tableCounts = async () => ({
  practices: await countOf(sql`select count(*)::int as n from practices`),
  users: await countOf(sql`select count(*)::int as n from users`),
  clients: await countOf(sql`select count(*)::int as n from clients`),
  appointments: await countOf(sql`select count(*)::int as n from appointments`),
});

describe("the large seed", () => {
  it("fills an empty database with a seed practice, its staff and 300 clients with their records", async () => {
    const report = await seed({ clients: 300, seed: 7 });
    expect(report.practices).toEqual([1]);
    expect(report.rows.clients).toBe(300);
    const counts = await tableCounts();
    expect(counts).toMatchObject({ practices: 1, clients: 300 });
    expect(counts.users).toBe(report.rows.users);
    for (const table of ["intakes", "findings", "session_notes", "flags", "plan_versions", "pain_logs", "checkoffs"]) {
      expect(report.rows[table], table).toBeGreaterThan(0);
    }

    const therapists = await countOf(sql`select count(*)::int as n from users where role = 'therapist'`);
    expect(therapists).toBeGreaterThanOrEqual(4);
    expect(therapists).toBeLessThanOrEqual(12);
    expect(await countOf(sql`select count(*)::int as n from users where email not like '%@seed.unknot.test'`)).toBe(0);
    // Accented names, for the accent-insensitive search.
    expect(
      await countOf(sql`select count(*)::int as n from clients where given_name || family_name ~ '[^ -~]'`),
    ).toBeGreaterThan(0);
    // Every client has a therapist of their own practice.
    expect(
      await countOf(sql`select count(*)::int as n from clients c
        where not exists (select 1 from users u where u.id = c.primary_therapist_id
                            and u.practice_id = c.practice_id and u.role = 'therapist')`),
    ).toBe(0);
    // No two live appointments of one therapist overlap (the exclusion constraint would refuse them too).
    expect(
      await countOf(sql`select count(*)::int as n from appointments a join appointments b
        on a.therapist_id = b.therapist_id and a.id < b.id
       and tstzrange(a.starts_at, a.blocked_until, '[)') && tstzrange(b.starts_at, b.blocked_until, '[)')
       where a.status <> 'cancelled' and b.status <> 'cancelled'`),
    ).toBe(0);
    // An active plan has a published version, and its count matches the versions stored.
    expect(
      await countOf(sql`select count(*)::int as n from plans p
        where (p.status = 'active' and p.published_versions = 0)
           or p.published_versions <> (select count(*) from plan_versions v where v.plan_id = p.id)`),
    ).toBe(0);
    expect(await countOf(sql`select count(*)::int as n from plans where status = 'active'`)).toBeGreaterThan(0);
    // Child rows carry their client's practice.
    expect(
      await countOf(sql`select count(*)::int as n from checkoffs k join clients c on c.id = k.client_id
        where c.practice_id <> k.practice_id`),
    ).toBe(0);
    // Check-offs are of items in the plan's published versions.
    expect(
      await countOf(sql`select count(*)::int as n from checkoffs k where not exists (
        select 1 from plan_versions v, jsonb_array_elements(v.entries) e
         where v.plan_id = k.plan_id and e->>'itemId' = k.item_id)`),
    ).toBe(0);
    const [entry] = (
      (await (await testDb()).execute(sql`select entries->0 as e from plan_versions limit 1`)) as unknown as {
        rows: Array<{ e: Record<string, unknown> }>;
      }
    ).rows;
    expect(Object.keys(entry!.e).sort()).toEqual(
      [
        "cautions",
        "dosage",
        "dosageText",
        "handsOn",
        "itemId",
        "kind",
        "name",
        "note",
        "phase",
        "steps",
        "warnings",
      ].sort(),
    );
    // Notes are signed, and signed notes stay locked: the seed disabled no trigger.
    expect(await countOf(sql`select count(*)::int as n from session_notes where status = 'signed'`)).toBeGreaterThan(0);
    await expect(
      (await testDb()).execute(sql`update session_notes set subjective = 'changed' where status = 'signed'`),
    ).rejects.toThrow();
    // The printed password signs a seed login in.
    currentRequest.ip = "198.51.100.77";
    expect((await verifySignIn("therapist1.p1@seed.unknot.test", SEED_PASSWORD)).ok).toBe(true);
  }, 180_000);

  it("adds further seed practices next to seed ones", async () => {
    const report = await seed({ clients: 40, seed: 7 });
    expect(report.practices).toEqual([2]);
    expect(await tableCounts()).toMatchObject({ practices: 2, clients: 340 });
    expect(await countOf(sql`select count(*)::int as n from users where email = 'admin.p2@seed.unknot.test'`)).toBe(1);
  }, 120_000);

  it("refuses a database holding a practice with real logins, and changes nothing", async () => {
    await createPractice("Harbour Physio");
    const before = await tableCounts();
    await expect(seed({ clients: 40 })).rejects.toThrow(SeedRefusedError);
    await expect(seed({ clients: 40 })).rejects.toThrow(/"Harbour Physio".*nothing was changed/);
    expect(await tableCounts()).toEqual(before);
  }, 120_000);
});
