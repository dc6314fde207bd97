import type { Client } from "pg";
import type { Answer } from "../policy";
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
  if (kind === "action" && actionRedirect && actionRedirect.split(";")[0]!.startsWith(path)) return null;
  return `expected redirect to ${path}, got ${reply.status} ${reply.location ?? ""}`;
}

/** Secrets a reply must not contain. */
export function leaked(reply: Reply, forbidden: string[]): string[] {
  const haystack = `${reply.body}\n${[...reply.headers].map(([k, v]) => `${k}: ${v}`).join("\n")}`;
  return forbidden.filter((s) => haystack.includes(s));
}

export async function lastAuditId(db: Client): Promise<number> {
  const res = await db.query<{ id: string | null }>("select max(id) as id from audit_events");
  return Number(res.rows[0]!.id ?? 0);
}

/** Denied audit rows of the actor since `since`, for any of the actions. */
export async function deniedAuditRows(db: Client, since: number, actorId: string, actions: string[]): Promise<number> {
  const res = await db.query<{ n: string }>(
    "select count(*) as n from audit_events where id > $1 and actor_id = $2 and outcome = 'denied' and action = any($3)",
    [since, actorId, actions],
  );
  return Number(res.rows[0]!.n);
}

/** Columns that move on their own (the idle clock of a session is touched by any request). */
const VOLATILE: Record<string, string[]> = { sessions: ["last_seen_at"] };

/** A checksum of each table's rows, to prove a request changed nothing it should not. */
export async function tableChecksums(db: Client): Promise<Record<string, string>> {
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
  const out: Record<string, string> = {};
  for (const [t, cols] of byTable) {
    const res = await db.query<{ sum: string | null; n: string }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as sum, count(*) as n from (select ${cols.join(", ")} from "${t}") x`,
    );
    out[t] = `${res.rows[0]!.n}:${res.rows[0]!.sum}`;
  }
  return out;
}

export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
  allowed: string[],
): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => !allowed.includes(t) && before[t] !== after[t]);
}
