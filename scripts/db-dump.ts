import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Backups in pg_dump's plain format: SQL that `psql -v ON_ERROR_STOP=1 -f` loads into an empty
 * PostgreSQL database, written the same way from PostgreSQL and from the embedded PGlite (whose
 * PostgreSQL 18 a system pg_dump 15 cannot read). The schema part is the app's own migrations
 * that the source has applied (so the restored database migrates onward like any other); the
 * data part is one COPY block per table in foreign-key order, then the sequences. Each part is
 * one transaction: a value a migration adds to an enum (ALTER TYPE … ADD VALUE) cannot be used
 * until that transaction commits, so schema and data cannot share one.
 */
export interface Sql {
  rows<T = Record<string, string | null>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(script: string): Promise<void>;
  /** COPY … FROM stdin with the block's text (psql does this for PostgreSQL targets). */
  copyFrom?(statement: string, data: string): Promise<void>;
}

const HEADER = [
  "SET statement_timeout = 0;",
  "SET client_encoding = 'UTF8';",
  "SET standard_conforming_strings = on;",
  "SET check_function_bodies = false;",
  "SET client_min_messages = warning;",
  "SET TimeZone = 'UTC';",
];

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
function copyValue(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

interface Table {
  schema: string;
  name: string;
  columns: string[];
}

async function tables(sql: Sql): Promise<Table[]> {
  const cols = await sql.rows<{ s: string; t: string; c: string }>(
    `select c.table_schema as s, c.table_name as t, c.column_name as c from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema in ('public', 'drizzle') and t.table_type = 'BASE TABLE'
      order by c.table_schema, c.table_name, c.ordinal_position`,
  );
  const byName = new Map<string, Table>();
  for (const { s, t, c } of cols) {
    const key = `${s}.${t}`;
    if (!byName.has(key)) byName.set(key, { schema: s, name: t, columns: [] });
    byName.get(key)!.columns.push(c);
  }
  // Parents before children, so the restored foreign keys hold at every COPY.
  const edges = await sql.rows<{ child: string; parent: string }>(
    `select cn.nspname || '.' || c.relname as child, pn.nspname || '.' || p.relname as parent
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
       join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
      where k.contype = 'f'`,
  );
  const ordered: Table[] = [];
  const visit = (key: string, seen = new Set<string>()) => {
    if (ordered.some((t) => `${t.schema}.${t.name}` === key) || seen.has(key) || !byName.has(key)) return;
    seen.add(key);
    for (const e of edges) if (e.child === key && e.parent !== key) visit(e.parent, seen);
    ordered.push(byName.get(key)!);
  };
  for (const key of [...byName.keys()].sort()) visit(key);
  return ordered;
}

/** The migrations the source has applied, read from the app's migrations folder. */
async function appliedMigrations(sql: Sql, migrationsFolder: string): Promise<Array<{ tag: string; sql: string }>> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: Array<{ tag: string; when: number }>;
  };
  const applied = await sql.rows<{ hash: string; created_at: string }>(
    "select hash, created_at::text from drizzle.__drizzle_migrations",
  );
  const out: Array<{ tag: string; sql: string }> = [];
  for (const row of applied) {
    const entry = journal.entries.find((e) => String(e.when) === row.created_at);
    const text = entry ? readFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), "utf8") : null;
    if (!entry || !text || createHash("sha256").update(text).digest("hex") !== row.hash) {
      throw new Error(
        `The database has a migration (${row.created_at}) this copy of the app does not know: back it up with the app version that wrote it.`,
      );
    }
    out.push({ tag: entry.tag, sql: text });
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

export async function dump(sql: Sql, opts: { migrationsFolder: string; source: string }): Promise<string> {
  await sql.exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3;");
  const out: string[] = [
    "--",
    "-- Unknot backup: pg_dump-compatible plain SQL.",
    `-- Source: ${opts.source}. Load into an empty database: psql -v ON_ERROR_STOP=1 -f FILE`,
    "-- (the schema, then the data, each in one transaction).",
    "--",
    "",
    ...HEADER,
    "",
    "BEGIN;",
    "",
  ];
  for (const m of await appliedMigrations(sql, opts.migrationsFolder)) {
    out.push(`-- Schema: migration ${m.tag}`, m.sql.trimEnd().replace(/;?$/, ";"), "");
  }
  out.push(
    "-- Schema: the migrator's own bookkeeping",
    'CREATE SCHEMA IF NOT EXISTS "drizzle";',
    'CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);',
    "",
    "COMMIT;",
    "",
    "BEGIN;",
    "",
  );
  for (const table of await tables(sql)) {
    const cols = table.columns.map(ident).join(", ");
    const rows = await sql.rows<Record<string, string | null>>(
      `select ${table.columns.map((c, i) => `${ident(c)}::text as c${i}`).join(", ")} from ${ident(table.schema)}.${ident(table.name)}`,
    );
    out.push(
      `-- Data for ${table.schema}.${table.name}`,
      `COPY ${ident(table.schema)}.${ident(table.name)} (${cols}) FROM stdin;`,
    );
    for (const row of rows) out.push(table.columns.map((_, i) => copyValue(row[`c${i}`] ?? null)).join("\t"));
    out.push("\\.", "");
  }
  const sequences = await sql.rows<{ s: string; n: string; v: string | null }>(
    "select schemaname as s, sequencename as n, last_value::text as v from pg_sequences where schemaname in ('public', 'drizzle')",
  );
  for (const seq of sequences) {
    const name = `${ident(seq.s)}.${ident(seq.n)}`.replaceAll("'", "''");
    out.push(
      seq.v === null
        ? `SELECT pg_catalog.setval('${name}', 1, false);`
        : `SELECT pg_catalog.setval('${name}', ${seq.v}, true);`,
    );
  }
  out.push("", "COMMIT;", "", "-- End of backup", "");
  return out.join("\n");
}

/** Loads a backup through `sql` (used for PGlite targets; PostgreSQL targets go through psql). */
export async function load(sql: Sql, backup: string): Promise<void> {
  const lines = backup.split("\n");
  let pending: string[] = [];
  const flush = async () => {
    const script = pending.join("\n").trim();
    pending = [];
    if (script) await sql.exec(script);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const copy = /^COPY (.+) FROM stdin;$/.exec(line);
    if (!copy) {
      pending.push(line);
      continue;
    }
    await flush();
    const data: string[] = [];
    while (lines[++i] !== "\\.") data.push(lines[i]!);
    if (data.length) await sql.copyFrom!(`COPY ${copy[1]} FROM '/dev/blob'`, data.join("\n") + "\n");
  }
  await flush();
}

/** Row count and checksum of every table, to compare a database with its restored copy. */
export async function tableStats(sql: Sql): Promise<Record<string, string>> {
  await sql.exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3;");
  const out: Record<string, string> = {};
  for (const table of await tables(sql)) {
    const [row] = await sql.rows<{ n: string; sum: string }>(
      `select count(*)::text as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as sum from ${ident(table.schema)}.${ident(table.name)} x`,
    );
    out[`${table.schema}.${table.name}`] = `${row!.n} rows, md5 ${row!.sum}`;
  }
  return out;
}
