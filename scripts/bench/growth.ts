// The client table and a client record as the practice grows: seeded on PostgreSQL with
// `npm run seed:large` at each size, then timed one request at a time (server time, not throughput).
import { spawnSync } from "node:child_process";
import { createDatabase } from "./databases";
import { load } from "./load";
import { clientTablePages, firstClientPath, type BenchPage } from "./pages";
import { startServer } from "./server";
import { html, signIn } from "./sign-in";
import { statementsPerRequest } from "./statements";

export interface GrowthRow {
  clients: number;
  seedSeconds: number;
  pages: Record<string, { p50: number; p95: number; htmlBytes: number; statements: number }>;
}

const SEED_PASSWORD = "unknot-seed-2026";

function seed(url: string, clients: number): { seconds: number; admin: string } {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/seed-large.ts", "--clients", String(clients), "--practices", "1"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`Seeding ${clients} clients failed:\n${run.stdout}\n${run.stderr}`);
  const admin = /(admin\.p\d+@seed\.unknot\.test)/.exec(run.stdout)?.[1];
  if (!admin) throw new Error(`The seed named no admin login:\n${run.stdout}`);
  return { seconds: (Date.now() - started) / 1000, admin };
}

export async function growthAt(clients: number, port: number, requests: number): Promise<GrowthRow> {
  const database = await createDatabase(`${clients}`);
  try {
    const seeded = seed(database.url, clients);
    const server = await startServer({ engine: "postgres", port, databaseUrl: database.url, demo: false });
    try {
      const cookie = await signIn(server.origin, seeded.admin, SEED_PASSWORD);
      const record = firstClientPath(await html(server.origin, "/clients", cookie));
      const pages: BenchPage[] = [...clientTablePages(cookie), { name: "client record", path: record, cookie }];
      const row: GrowthRow = { clients, seedSeconds: seeded.seconds, pages: {} };
      for (const page of pages) {
        const body = await html(server.origin, page.path, cookie);
        await load({ url: `${server.origin}${page.path}`, cookie, amount: 10, connections: 1 });
        const timed = await load({ url: `${server.origin}${page.path}`, cookie, amount: requests, connections: 1 });
        row.pages[page.name] = {
          p50: timed.p50,
          p95: timed.p95,
          htmlBytes: Buffer.byteLength(body),
          statements: await statementsPerRequest(server.origin, page.path, cookie),
        };
      }
      return row;
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
