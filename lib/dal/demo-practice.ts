// The demo practices: made on the first start of an empty embedded database, with public passwords.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { clients, practices, users } from "@/db/schema";
import { db } from "./internal/database";

/**
 * The demo practice's name while it exists, for the banner every page shows then: its passwords
 * are in the README, so nothing real belongs anywhere near it. A public fact, like a booking page.
 */
export async function demoPracticeName(): Promise<string | null> {
  const [demo] = await (
    await db()
  )
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.demo, true))
    .limit(1);
  return demo?.name ?? null;
}

/**
 * The banner's read of demoPracticeName, at most once per BANNER_TTL_MS per process instead of a
 * statement on every page of every request. The demo practice appears only on an empty database
 * at start and goes with `npm run practice -- remove-demo`; a server running beside that command
 * (PostgreSQL) stops showing the banner within this time.
 */
const BANNER_TTL_MS = 30_000;
let banner: { name: Promise<string | null>; until: number } | undefined;

export function demoBannerName(): Promise<string | null> {
  const now = Date.now();
  if (!banner || banner.until <= now) {
    const name = demoPracticeName();
    banner = { name, until: now + BANNER_TTL_MS };
    // A failed read is not remembered: the next page tries again.
    name.catch(() => (banner = undefined));
  }
  return banner.name;
}

export interface RemovedPractice {
  name: string;
  rows: number;
}
export type RemoveDemoResult = { ok: true; removed: RemovedPractice[] } | { ok: false; code: "setup.no-demo" };

/**
 * Deletes the demo practices, each with every row that carries its id, its audit trail and
 * signed notes included (migration 0019 lets exactly that practice's transaction past their
 * locks). Run from the command line only (scripts/practice.ts): it has no viewer, and no page or
 * action imports it.
 */
export async function removeDemoPractice(): Promise<RemoveDemoResult> {
  const database = await db();
  const demos = await database.select({ id: practices.id }).from(practices).where(eq(practices.demo, true));
  if (demos.length === 0) return { ok: false, code: "setup.no-demo" };
  const removed: RemovedPractice[] = [];
  for (const { id } of demos) {
    const one = await removeOnePractice(id);
    if (one) removed.push(one);
  }
  return removed.length > 0 ? { ok: true, removed } : { ok: false, code: "setup.no-demo" };
}

/**
 * One demo practice's removal, in one transaction. A client login the practice made that another
 * practice also linked (a client of both) moves to that practice first and stays; every table
 * with a practice_id is then emptied of the practice's rows in one statement, so the foreign keys
 * between them, checked at its end, need no order.
 */
async function removeOnePractice(practiceId: string): Promise<RemovedPractice | null> {
  const database = await db();
  return database.transaction(async (tx) => {
    const [demo] = await tx
      .select({ id: practices.id, name: practices.name })
      .from(practices)
      .where(and(eq(practices.id, practiceId), eq(practices.demo, true)))
      .for("update");
    if (!demo) return null;
    await tx.execute(sql`select set_config('unknot.removing_demo_practice', ${demo.id}, true)`);
    await tx.execute(sql`
      update ${users} set practice_id = other.practice_id
      from (select distinct on (user_id) user_id, practice_id from ${clients}
            where user_id is not null and practice_id <> ${demo.id}
            order by user_id, created_at) other
      where ${users.id} = other.user_id and ${users.practiceId} = ${demo.id}`);
    const tables = (await tx.execute(sql`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and c.column_name = 'practice_id' and t.table_type = 'BASE TABLE'
      order by c.table_name`)) as unknown as { rows: { table_name: string }[] };
    const deletes = tables.rows.map(
      ({ table_name }, i) => sql`${sql.identifier(`d${i}`)} as (
        delete from ${sql.identifier(table_name)} where practice_id = ${demo.id} returning 1)`,
    );
    const counted = tables.rows.map((_, i) => sql`(select count(*) from ${sql.identifier(`d${i}`)})`);
    const result = (await tx.execute(sql`
      with ${sql.join(deletes, sql`, `)},
      p as (delete from ${practices} where ${practices.id} = ${demo.id} returning 1)
      select (${sql.join(counted, sql` + `)} + (select count(*) from p))::int as rows`)) as unknown as {
      rows: { rows: number }[];
    };
    return { name: demo.name, rows: result.rows[0]!.rows };
  });
}
