import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** Connection URL of `database` on the server of `url`. */
export function urlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlFor(url, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

export async function createTemplateDatabase(url: string, migrationsFolder: string): Promise<string> {
  const name = uniqueName("unknot_tpl");
  await withAdmin(url, (c) => c.query(`CREATE DATABASE ${name}`));
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const client = new Client({ connectionString: urlFor(url, name) });
  await client.connect();
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
  return name;
}

export async function createDatabaseFrom(url: string, template: string): Promise<string> {
  const name = uniqueName("unknot_test");
  await withAdmin(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return name;
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
