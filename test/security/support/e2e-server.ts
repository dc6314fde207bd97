// The Playwright security suite's server: a fresh PostgreSQL database with the two-practice
// world plus a client whose name is an XSS payload, served by `next start` whose clock the
// tests can move (clock-shift.mjs). Stops the server, drops the database and deletes the clock
// file on SIGTERM. The database goes next to TEST_DATABASE_URL or SECURITY_DATABASE_URL
// (support/pg.ts), which Playwright passes on from `npm run test:security`.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createDatabase, dropDatabase } from "./pg";
import { startServer } from "./server";
import { migrateAndSeed } from "./world";

export const HOSTILE_NAME = `<img src=x onerror=alert(1)><script>alert(2)</script>`;

async function main() {
  const port = Number(process.argv[2] ?? 3204);
  const clockFile = process.env.UNKNOT_CLOCK_FILE!;
  writeFileSync(clockFile, "0");
  const databaseUrl = await createDatabase("e2e");
  const world = await migrateAndSeed(databaseUrl);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(
    "insert into clients (practice_id, given_name, family_name, email, phone, primary_therapist_id) values ($1, $2, $3, $4, $5, $6)",
    [
      world.practices[0]!.id,
      HOSTILE_NAME,
      `"><svg onload=alert(3)>`,
      "javascript:alert(4)",
      "\u202e1234",
      world.accounts.therapist.userId,
    ],
  );
  await db.end();
  const server = await startServer({
    port,
    databaseUrl,
    env: {
      NODE_OPTIONS: `--import ${path.resolve("test/security/support/clock-shift.mjs")}`,
      UNKNOT_CLOCK_FILE: clockFile,
    },
  });
  console.log(`security e2e server on ${server.baseURL}`);
  const shutdown = async () => {
    await server.stop();
    await dropDatabase(databaseUrl).catch((error: unknown) => console.error(error));
    rmSync(clockFile, { force: true });
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
