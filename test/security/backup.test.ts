import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Client } from "pg";
import { afterAll, expect, test } from "vitest";
import { lockDataFolder } from "@/db/pglite-lock";
import { tableStats, type Sql } from "../../scripts/db-dump";
import { createDatabase, dropDatabase } from "./support/pg";
import { migrateAndSeed } from "./support/world";

const dir = mkdtempSync(path.join(tmpdir(), "unknot-sec-backup-"));
const databases: string[] = [];
afterAll(async () => {
  for (const url of databases) await dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

async function newDatabase(label: string) {
  const url = await createDatabase(label);
  databases.push(url);
  return url;
}

/** Runs `npm run backup|restore` the way an operator would (through tsx, same scripts). */
function run(script: "backup" | "restore", file: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), `scripts/${script}.ts`, file], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: "", ...env },
  });
}

async function statsOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const sql: Sql = {
      rows: async (t, p) => (await client.query(t, p)).rows,
      exec: async (s) => void (await client.query(s)),
    };
    return await tableStats(sql);
  } finally {
    await client.end();
  }
}

/** A populated database: the two-practice world plus sessions and audit rows with awkward text. */
async function populated(): Promise<string> {
  const url = await newDatabase("backup_src");
  const world = await migrateAndSeed(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(
    "insert into sessions (user_id, practice_id, ip, ended_at, end_reason) values ($1, $2, '192.0.2.1', now(), 'signed_out')",
    [world.accounts.therapist.userId, world.practices[0]!.id],
  );
  for (let i = 0; i < 50; i++) {
    await client.query(
      "insert into audit_events (actor_id, practice_id, action, object_type, object_id, outcome, ip, detail) values ($1, $2, 'client.read', 'client', $3, 'allowed', $4, $5)",
      [
        world.accounts.admin.userId,
        world.practices[0]!.id,
        `id\t${i}\\n`,
        "198.51.100.1",
        JSON.stringify({ note: `line\nbreak ${i} \\ "quoted" ✓ \u202e` }),
      ],
    );
  }
  await client.query("update clients set given_name = E'Tab\\there\\nand\\\\slash' where user_id = $1", [
    world.accounts.client.userId,
  ]);
  await client.end();
  return url;
}

test("a populated PostgreSQL database round-trips through backup and restore, via PGlite too", async () => {
  const source = await populated();
  const expected = await statsOf(source);
  expect(Object.keys(expected)).toContain("public.audit_events");

  const pgFile = path.join(dir, "from-postgres.sql");
  const backup = run("backup", pgFile, { DATABASE_URL: source });
  expect(backup.status, backup.stderr).toBe(0);
  expect(readFileSync(pgFile, "utf8")).toMatch(/^COPY "public"."audit_events" \(.+\) FROM stdin;$/m);

  const restored = await newDatabase("backup_dst");
  const restore = run("restore", pgFile, { DATABASE_URL: restored });
  expect(restore.status, restore.stderr).toBe(0);
  expect(await statsOf(restored)).toEqual(expected);

  // Into the embedded engine and out again: the PGlite backup restores into PostgreSQL.
  const folder = path.join(dir, "pglite");
  const intoPglite = run("restore", pgFile, { PGLITE_DATA_DIR: folder });
  expect(intoPglite.status, intoPglite.stderr).toBe(0);
  const pgliteFile = path.join(dir, "from-pglite.sql");
  const fromPglite = run("backup", pgliteFile, { PGLITE_DATA_DIR: folder });
  expect(fromPglite.status, fromPglite.stderr).toBe(0);
  const again = await newDatabase("backup_from_pglite");
  const restoreAgain = run("restore", pgliteFile, { DATABASE_URL: again });
  expect(restoreAgain.status, restoreAgain.stderr).toBe(0);
  expect(await statsOf(again)).toEqual(expected);
  console.log(
    `backup: ${Object.keys(expected).length} tables round-tripped PostgreSQL -> PostgreSQL and PostgreSQL -> PGlite -> PostgreSQL with equal counts and checksums`,
  );
}, 180_000);

test("restore refuses a database that is not empty", async () => {
  const target = await newDatabase("backup_nonempty");
  await migrateAndSeed(target);
  const before = await statsOf(target);
  const file = path.join(dir, "nonempty.sql");
  expect(run("backup", file, { DATABASE_URL: target }).status).toBe(0);
  const restore = run("restore", file, { DATABASE_URL: target });
  expect(restore.status).toBe(1);
  expect(restore.stderr).toMatch(/is not empty/);
  expect(await statsOf(target)).toEqual(before);
}, 60_000);

test("a PGlite backup refuses to run while another process holds the folder", () => {
  const folder = path.join(dir, "held");
  const release = lockDataFolder(folder); // this test process plays the running server
  try {
    const backup = run("backup", path.join(dir, "held.sql"), { PGLITE_DATA_DIR: folder });
    expect(backup.status).toBe(1);
    expect(backup.stderr).toMatch(/in use by another process/);
  } finally {
    release();
  }
});

test("running the migrations twice changes nothing", async () => {
  const url = await newDatabase("migrate_twice");
  await migrateAndSeed(url);
  const schema = () =>
    execFileSync("pg_dump", ["--schema-only", "--no-owner", url], { encoding: "utf8" }).replace(
      /^\\(un)?restrict .*$/gm,
      "",
    );
  const before = { schema: schema(), data: await statsOf(url) };
  const client = new Client({ connectionString: url });
  await client.connect();
  await migrate(drizzle(client), { migrationsFolder: path.resolve("db/migrations") });
  await migrate(drizzle(client), { migrationsFolder: path.resolve("db/migrations") });
  await client.end();
  expect({ schema: schema(), data: await statsOf(url) }).toEqual(before);
}, 60_000);
