import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * The security suite runs its servers on PostgreSQL, so a test can read the audit trail and
 * count rows while the server runs (an embedded PGlite folder is held by the server process).
 * Databases named unknot_sec_* are created next to SECURITY_DATABASE_URL or TEST_DATABASE_URL:
 * `npm test` and `npm run test:security` set the latter to a throwaway server when it is unset.
 */
export function adminUrl(): string {
  const url = process.env.SECURITY_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "The security suite needs PostgreSQL: set TEST_DATABASE_URL (or SECURITY_DATABASE_URL), or run it through " +
        "`npm run test:security` or `node scripts/test-postgres.mjs '<command>'`, which start a throwaway server.",
    );
  }
  return urlFor(url, "postgres");
}

export function urlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database and returns its URL. */
export async function createDatabase(label: string): Promise<string> {
  const name = `unknot_sec_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = adminUrl();
  try {
    await withClient(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    throw new Error(`The security suite could not create a database on ${redacted(admin)}: ${String(error)}`);
  }
  return urlFor(adminUrl(), name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Row count of every table of the app (public schema), by name. */
export async function rowCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.query<{ t: string }>(
    "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const out: Record<string, number> = {};
  for (const { t } of tables.rows) {
    const res = await client.query<{ n: string }>(`select count(*) as n from "${t}"`);
    out[t] = Number(res.rows[0]!.n);
  }
  return out;
}
