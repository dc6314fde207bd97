import { mkdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type { Client, PoolClient } from "pg";
import type { Db } from "../../db/client";
import { dataFolder } from "../../db/data-folder";
import { pgliteExtensions } from "../../db/pglite-extensions";
import { lockDataFolder } from "../../db/pglite-lock";
import * as schema from "../../db/schema";
import { syncReferenceData } from "../../db/seed/reference";
import type { CopyChunk } from "./copy-rows";

/**
 * The database the seed writes to, on either engine: plain statements, COPY … FROM STDIN of a
 * text-format chunk, and `prepare`, which does what the app does when it starts (apply pending
 * migrations, sync the clinical reference data the seed's rows point at).
 */
export interface SeedTarget {
  engine: "postgres" | "pglite";
  label: string;
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  copy(chunk: CopyChunk): Promise<void>;
  prepare(): Promise<void>;
}

const migrationsFolder = path.resolve("db", "migrations");
// db/client.ts's key: an app server starting meanwhile waits for the seed's migration, and the reverse.
const MIGRATION_LOCK_KEY = 7318_2026;

const copyStatement = (chunk: CopyChunk, source: string) =>
  `COPY ${chunk.table} (${chunk.columns.map((c) => `"${c}"`).join(", ")}) FROM ${source}`;

export function pgliteTarget(client: PGlite, label: string): SeedTarget {
  return {
    engine: "pglite",
    label,
    rows: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    exec: async (text) => void (await client.exec(text)),
    copy: async (chunk) =>
      void (await client.query(copyStatement(chunk, "'/dev/blob'"), [], { blob: new Blob([chunk.text]) })),
    async prepare() {
      const { drizzle } = await import("drizzle-orm/pglite");
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(drizzle(client), { migrationsFolder });
      await syncReferenceData(drizzle(client, { schema }) as unknown as Db);
    },
  };
}

export function postgresTarget(client: Client | PoolClient, label: string): SeedTarget {
  return {
    engine: "postgres",
    label,
    rows: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    exec: async (text) => void (await client.query(text)),
    async copy(chunk) {
      const { from } = await import("pg-copy-streams");
      await pipeline(Readable.from([chunk.text]), client.query(from(copyStatement(chunk, "STDIN"))));
    },
    async prepare() {
      const { drizzle } = await import("drizzle-orm/node-postgres");
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await migrate(drizzle(client), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
      await syncReferenceData(drizzle(client, { schema }) as unknown as Db);
    },
  };
}

/**
 * The database the app would use: DATABASE_URL, else the embedded folder (PGLITE_DATA_DIR or
 * ./.data/pglite), locked against a running server like every script's (STACK-NOTES.md pitfall 5).
 * Opened here rather than through scripts/db-connect.ts because the seed needs the driver's own
 * client: drizzle's migrator and the reference sync take it, and COPY on PostgreSQL streams through it.
 */
export async function openTarget(): Promise<SeedTarget & { close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    return { ...postgresTarget(client, `PostgreSQL ${new URL(url).pathname.slice(1)}`), close: () => client.end() };
  }
  const folder = dataFolder();
  mkdirSync(path.dirname(folder), { recursive: true });
  const release = lockDataFolder(folder);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    mkdirSync(folder, { recursive: true });
    const client = await PGlite.create(folder, { extensions: pgliteExtensions() });
    return {
      ...pgliteTarget(client, `PGlite ${folder}`),
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
