// The DAL's handle on the database, opened, migrated and seeded once.
import "server-only";
import { getDatabase, type Db } from "@/db/client";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { syncReferenceData } from "@/db/seed/reference";

/**
 * The DAL's handle on the database. On first use it opens and migrates the database, syncs
 * the clinical reference data and, for the embedded engine (or when DEMO_DATA=on), creates the
 * demo practice if the database is empty. DEMO_DATA=off turns that off; it is never on by
 * default for PostgreSQL.
 */
let ready: Promise<void> | undefined;

function wantsDemoData(engine: string): boolean {
  const setting = process.env.DEMO_DATA;
  if (setting === "off") return false;
  if (setting === "on") return true;
  return engine === "pglite";
}

export async function database() {
  const database = await getDatabase();
  ready ??= (async () => {
    await syncReferenceData(database.db);
    if (wantsDemoData(database.engine)) await seedDemoIfEmpty(database.db);
  })().catch((error) => {
    ready = undefined;
    throw error;
  });
  await ready;
  return database;
}

export async function db(): Promise<Db> {
  return (await database()).db;
}
