// npm run backup [-- FILE]: writes a pg_dump-compatible SQL backup of the app's database
// (DATABASE_URL, else the embedded folder, which must not be in use by a running server).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connect } from "./db-connect";
import { dump, tableStats } from "./db-dump";

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join("backups", `unknot-${stamp}.sql`));
  const db = await connect();
  try {
    const text = await dump(db.sql, { migrationsFolder: path.resolve("db/migrations"), source: db.label });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { mode: 0o600 });
    const stats = await tableStats(db.sql);
    console.log(`Backed up ${db.label} to ${file}`);
    for (const [table, stat] of Object.entries(stats)) console.log(`  ${table}: ${stat}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
