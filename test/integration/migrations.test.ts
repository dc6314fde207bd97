import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";
import { countOf, createPractice } from "../support/fixtures";

describe("migrations", () => {
  it("are idempotent: applying them again changes nothing", async () => {
    const database = await getDatabase();
    await createPractice("Migrated");
    const snapshot = async () => [
      await countOf(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
      await countOf(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`),
      await countOf(sql`select count(*)::int as n from users`),
    ];
    const before = await snapshot();
    const migrationsFolder = path.resolve("db/migrations");
    if (database.engine === "pglite") {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(database.db as never, { migrationsFolder });
    } else {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(database.db as never, { migrationsFolder });
    }
    expect(await snapshot()).toEqual(before);
  });
});
