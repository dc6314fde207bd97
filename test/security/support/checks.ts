import type { Client } from "pg";
import type { Answer, PolicyRule } from "../policy";
import type { Principal } from "./world";
import type { Reply } from "./http";

/** The visible text of an HTML page (scripts, styles and tags removed), for comparing answers. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Why a reply does not match the expected answer, or null when it does. */
export function answerMismatch(reply: Reply, expected: Answer, kind: "page" | "route" | "action"): string | null {
  const redirected = [301, 302, 303, 307, 308].includes(reply.status);
  const target = reply.location ? new URL(reply.location, "http://x").pathname : null;
  if (expected === "ok") {
    if (kind === "action") {
      if (reply.status !== 200 && !redirected) return `status ${reply.status}`;
      // A server error is serialised with a numeric digest; redirects and not-found carry names.
      if (/:E\{"digest":"\d+"/.test(reply.body)) return "the action threw";
      return null;
    }
    return reply.status === 200 ? null : `status ${reply.status} (location ${reply.location})`;
  }
  if (expected === "not-found") {
    if (reply.status === 404 || reply.body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return null;
    return `expected not-found, got ${reply.status}`;
  }
  const path = expected === "sign-in" ? "/sign-in" : expected.redirect;
  if (redirected && target === path) return null;
  // A server action redirects inside its RSC reply.
  const actionRedirect = reply.headers.get("x-action-redirect");
  // Auth.js's signIn redirects to an absolute URL, Next's redirect() to a path.
  const actionTarget = actionRedirect ? new URL(actionRedirect.split(";")[0]!, "http://x").pathname : null;
  if (kind === "action" && actionTarget?.startsWith(path)) return null;
  return `expected redirect to ${path}, got ${reply.status} ${reply.location ?? ""}`;
}

/** The expected answer where `answers` does not say: sign-in when signed out, else by `sees`. */
export const expectedAnswer = (rule: PolicyRule, principal: Principal, allowed: boolean): Answer =>
  rule.answers?.[principal] ?? (principal === "anonymous" ? "sign-in" : allowed ? "ok" : "not-found");

/** Secrets a reply must not contain. */
export function leaked(reply: Reply, forbidden: string[]): string[] {
  const haystack = `${reply.body}\n${[...reply.headers].map(([k, v]) => `${k}: ${v}`).join("\n")}`;
  return forbidden.filter((s) => haystack.includes(s));
}

/** A connection, or several lanes' turns on one (support/matrix.ts). */
export type Queryable = Pick<Client, "query">;

/**
 * One connection shared by lanes that run side by side: their queries go one at a time (pg
 * stops queueing overlapping queries itself in its next major version).
 */
export function oneAtATime(db: Client): Queryable {
  let last: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const next = last.then(() => (db.query as (...a: unknown[]) => Promise<unknown>)(...args));
    last = next.catch(() => undefined);
    return next;
  };
  return { query: query as Client["query"] };
}

export async function lastAuditId(db: Queryable): Promise<number> {
  const res = await db.query<{ id: string | null }>("select max(id) as id from audit_events");
  return Number(res.rows[0]!.id ?? 0);
}

/** Denied audit rows of the actor since `since`, for any of the actions. */
export async function deniedAuditRows(
  db: Queryable,
  since: number,
  actorId: string,
  actions: string[],
): Promise<number> {
  const res = await db.query<{ n: string }>(
    "select count(*) as n from audit_events where id > $1 and actor_id = $2 and outcome = 'denied' and action = any($3)",
    [since, actorId, actions],
  );
  return Number(res.rows[0]!.n);
}

/**
 * Columns that move on their own: the idle clock of a session (touched by any request), and what
 * the database keeps on a client's row from other tables for the client table (migrations 0011,
 * 0012: the latest visit, the next appointment, 30-day adherence), which changes only when the
 * rows it is derived from do, and those are checked themselves.
 */
const VOLATILE: Record<string, string[]> = {
  sessions: ["last_seen_at"],
  clients: ["last_visit_on", "next_appointment_at", "adherence_30d", "adherence_on"],
};
/**
 * Tables that only ever grow, append-only by trigger (migration 0001): their row count and
 * highest id tell any change without reading every row.
 */
const APPEND_ONLY: Record<string, string> = { audit_events: "id" };

/** One statement per connection: every table's checksum in one round trip. */
const statements = new WeakMap<Client, Promise<string>>();

async function checksumStatement(db: Client): Promise<string> {
  const columns = await db.query<{ t: string; c: string }>(
    `select c.table_name as t, c.column_name as c from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { t, c } of columns.rows) {
    if (VOLATILE[t]?.includes(c)) continue;
    byTable.set(t, [...(byTable.get(t) ?? []), `"${c}"`]);
  }
  return [...byTable]
    .map(([t, cols]) =>
      APPEND_ONLY[t]
        ? `select '${t}' as t, count(*) || ':' || coalesce(max("${APPEND_ONLY[t]}")::text, '') as v from "${t}"`
        : `select '${t}' as t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as v
             from (select ${cols.join(", ")} from "${t}") x`,
    )
    .join("\nunion all\n");
}

/** A checksum of each table's rows, to prove a request changed nothing it should not. */
export async function tableChecksums(db: Client): Promise<Record<string, string>> {
  let statement = statements.get(db);
  if (!statement) statements.set(db, (statement = checksumStatement(db)));
  const res = await db.query<{ t: string; v: string }>(await statement);
  return Object.fromEntries(res.rows.map((r) => [r.t, r.v]));
}

export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
  allowed: string[],
): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => !allowed.includes(t) && before[t] !== after[t]);
}
