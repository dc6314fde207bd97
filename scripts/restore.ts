// npm run restore -- FILE: loads a backup into an empty database (DATABASE_URL through psql,
// else the embedded folder, which must not be in use by a running server).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { connect } from "./db-connect";
import { load, tableStats } from "./db-dump";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Name the backup file: npm run restore -- backups/unknot-….sql");
  const db = await connect();
  try {
    const [existing] = await db.sql.rows<{ n: string }>(
      "select count(*)::text as n from information_schema.tables where table_schema in ('public', 'drizzle')",
    );
    if (Number(existing!.n) > 0) throw new Error(`${db.label} is not empty: restore into a new, empty database.`);
    // The file commits its schema, then its data (see db-dump.ts); when either fails, what was
    // loaded is dropped again, so a failed restore leaves the database empty, as it found it.
    try {
      if (db.engine === "postgres") {
        // psql loads it exactly as it would load pg_dump's output.
        const run = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", path.resolve(file), "-d", db.url!], {
          encoding: "utf8",
        });
        if (run.error) throw new Error(`psql is needed to restore into PostgreSQL: ${run.error.message}`);
        if (run.status !== 0) throw new Error(`psql failed: ${run.stderr.trim()}`);
      } else {
        await load(db.sql, readFileSync(file, "utf8"));
      }
    } catch (error) {
      await db.sql.exec("ROLLBACK").catch(() => undefined);
      await db.sql.exec(
        'DROP SCHEMA IF EXISTS "drizzle" CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;',
      );
      throw error;
    }
    console.log(`Restored ${file} into ${db.label}`);
    for (const [table, stat] of Object.entries(await tableStats(db.sql))) console.log(`  ${table}: ${stat}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
