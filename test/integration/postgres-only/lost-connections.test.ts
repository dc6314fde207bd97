import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";

/**
 * PostgreSQL can close a pooled connection at any time (a restart, a failover, an idle timeout
 * in a proxy). The app server must shrug that off and carry on, not die on an unhandled error.
 */
describe("a PostgreSQL connection closed under the pool", () => {
  it("is dropped quietly and the next query runs on a fresh one", async () => {
    const database = await getDatabase();
    expect(database.engine).toBe("postgres");
    // Several connections, then idle in the pool.
    await Promise.all([1, 2, 3].map(() => database.db.execute(sql`select pg_sleep(0.05)`)));
    expect(database.pool!.idleCount).toBeGreaterThanOrEqual(2);

    const killed = await database.pool!.query<{ n: number }>(
      "select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    );
    expect(killed.rows[0]!.n).toBeGreaterThanOrEqual(1);
    // Wait until the pool has noticed and dropped the dead connections.
    await expect.poll(() => database.pool!.totalCount, { timeout: 5_000 }).toBeLessThanOrEqual(1);

    // The app's own queries, through drizzle, on fresh connections.
    const rows = await Promise.all(
      [1, 2, 3].map(() => database.db.select({ one: sql<number>`1` }).from(sql`(select 1) as t`)),
    );
    expect(rows.flat().map((r) => r.one)).toEqual([1, 1, 1]);
  });
});
