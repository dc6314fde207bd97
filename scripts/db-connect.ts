import { mkdirSync } from "node:fs";
import path from "node:path";
import { dataFolder } from "../db/data-folder";
import { pgliteExtensions } from "../db/pglite-extensions";
import { lockDataFolder } from "../db/pglite-lock";
import type { Sql } from "./db-dump";

export interface Connection {
  sql: Sql;
  label: string;
  engine: "postgres" | "pglite";
  url?: string;
  close(): Promise<void>;
}

/**
 * The database the app would use: DATABASE_URL, else the embedded folder (PGLITE_DATA_DIR or
 * ./.data/pglite). The embedded folder is locked first, so a backup or restore never runs while
 * the server holds it (two openers corrupt it: STACK-NOTES.md pitfall 5).
 */
export async function connect(): Promise<Connection> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    return {
      engine: "postgres",
      url,
      label: `PostgreSQL ${new URL(url).pathname.slice(1)}`,
      sql: {
        rows: async (text, params) => (await client.query(text, params)).rows,
        exec: async (script) => void (await client.query(script)),
      },
      close: () => client.end(),
    };
  }
  const folder = dataFolder();
  mkdirSync(path.dirname(folder), { recursive: true });
  const release = lockDataFolder(folder);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(folder, { extensions: pgliteExtensions() });
    return {
      engine: "pglite",
      label: `PGlite ${folder}`,
      sql: {
        rows: async (text, params) => (await db.query(text, params)).rows as never,
        exec: async (script) => void (await db.exec(script)),
        copyFrom: async (statement, data) => void (await db.query(statement, [], { blob: new Blob([data]) })),
      },
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
