import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { dataFolder } from "./data-folder";
import { pgliteExtensions } from "./pglite-extensions";
import { lockDataFolder } from "./pglite-lock";
import { statementLogger } from "./statement-count";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  /** node-postgres pool when engine is postgres (the sign-in limiter keeps its counters there). */
  pool?: import("pg").Pool;
  close(): Promise<void>;
}

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
// Any fixed 64-bit key: app servers starting together take turns migrating.
const MIGRATION_LOCK_KEY = 7318_2026;

async function openPglite(): Promise<Database> {
  const folder = dataFolder();
  mkdirSync(path.dirname(folder), { recursive: true });
  const release = lockDataFolder(folder);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    mkdirSync(folder, { recursive: true });
    const client = await PGlite.create(folder, { extensions: pgliteExtensions() });
    const db = drizzle(client, { schema, logger: statementLogger });
    // drizzle's migrator applies all pending migrations in one transaction: a start killed
    // half-way leaves nothing applied and the next start does it again.
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      engine: "pglite",
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection can be closed under the pool (a PostgreSQL restart, a failover, an
  // administrator's terminate); the pool drops it and opens another on the next query. Without
  // a listener, node-postgres would rethrow the error and take the whole app server down.
  pool.on("error", (error) => {
    console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
  });
  const db = drizzle(pool, { schema, logger: statementLogger });
  const lockClient = await pool.connect();
  try {
    await lockClient.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrate(drizzle(lockClient, { schema }), { migrationsFolder });
  } finally {
    await lockClient.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    lockClient.release();
  }
  return {
    db: db as unknown as Db,
    engine: "postgres",
    pool,
    close: () => pool.end(),
  };
}

// One database per process, kept on globalThis so that every module graph Next builds
// (instrumentation, routes, actions) shares it instead of opening the folder twice.
const globalKey = Symbol.for("unknot.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Database> };

/** Opens (once) and migrates the database chosen by DATABASE_URL, else the embedded PGlite. */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    const url = process.env.DATABASE_URL;
    g[globalKey] = (url ? openPostgres(url) : openPglite()).catch((error) => {
      delete g[globalKey];
      throw error;
    });
  }
  return g[globalKey];
}

/** Closes the process's database, if open (scripts call this so PGlite lets the process exit). */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const pending = g[globalKey];
  delete g[globalKey];
  if (pending) await (await pending).close();
}
