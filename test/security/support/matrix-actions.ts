import { randomUUID } from "node:crypto";
import type { Client } from "pg";
import type { ActionRule } from "../policy";
import { changedTables, expectedAnswer, lastAuditId, leaked, tableChecksums } from "./checks";
import type { EntryPoint } from "./discover";
import { actionArgs, type Agent, formOf, type Reply } from "./http";
import type { MatrixContext } from "./matrix";
import { PRINCIPALS, SCOPES, type Scope, type World } from "./world";

/**
 * Checks the framework makes before any of the app's code runs are sampled, as the corpus
 * samples fields: the forged middleware header is repeated on one cell of each page for each
 * principal (support/matrix.ts), and an action is called with no Origin and from a foreign one
 * on one cell of each action for each principal, a different scope from one entry point to the
 * next (a proxy skipped for a path is skipped for every object in it; an Origin check does not
 * depend on the object). SECURITY_MATRIX=full runs them on every cell.
 */
export const EVERY_VARIANT_ON_EVERY_CELL = process.env.SECURITY_MATRIX === "full";

/** Fields a forged form adds, which the action must ignore (only those the form does not have). */
const EXTRA_FIELDS = (world: World) => ({
  practiceId: world.practices[1]!.id,
  role: "admin",
  therapistId: randomUUID(),
  userId: randomUUID(),
  clientId: world.objects.client!.otherPractice.id,
});

/** The seeded rows behind the world's objects (WorldObject.row), by table: ids and their JSON. */
export type Snapshot = Map<string, { ids: string[]; json: string }>;

/**
 * What the action calls carry from one to the next: the seeded rows, and the checksums taken
 * after the last call, which are the next call's "before" unless something wrote in between (a
 * restore, a fresh sign-in). A late write of one call then counts against the next, never for no one.
 */
export interface ActionState {
  rows: Snapshot;
  sums: Record<string, string> | null;
  /** Counts the actions, so the sampled scope moves on from one to the next. */
  turn: number;
}

export async function snapshotRows(db: Client, world: World): Promise<Snapshot> {
  const byTable = new Map<string, string[]>();
  for (const byScope of Object.values(world.objects))
    for (const object of Object.values(byScope))
      for (const row of [...(object.row ? [object.row] : []), ...(object.rows ?? [])])
        byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.id]);
  const snapshot: Snapshot = new Map();
  for (const [table, ids] of byTable) snapshot.set(table, { ids, json: await rowsOf(db, table, ids) });
  return snapshot;
}

const rowsOf = async (db: Client, table: string, ids: string[]) =>
  (
    await db.query<{ json: string }>(
      `select coalesce(json_agg(t order by t.id), '[]')::text as json from "${table}" t where t.id = any($1)`,
      [ids],
    )
  ).rows[0]!.json;

/** The columns an update may set, by table (generated ones are the database's). */
const columnsOf = new Map<string, Promise<string[]>>();
const settable = (db: Client, table: string) => {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = db
      .query<{ c: string }>(
        "select column_name as c from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position",
        [table],
      )
      .then((res) => res.rows.map((r) => `"${r.c}"`));
    columnsOf.set(table, columns);
  }
  return columns;
};

/**
 * Puts the world's rows of a table an action changed back as they were seeded (a cancelled or
 * moved appointment, a discharged client, a removed day off), in place (other rows refer to
 * them), so the next call, and the next principal, find them as the policy describes them.
 */
async function restore(db: Client, snapshot: Snapshot, changed: string[]): Promise<boolean> {
  let restored = false;
  for (const table of changed) {
    const seeded = snapshot.get(table);
    if (!seeded || (await rowsOf(db, table, seeded.ids)) === seeded.json) continue;
    restored = true;
    const columns = await settable(db, table);
    const rows = `json_populate_recordset(null::"${table}", $1::json) s`;
    await db.query("begin");
    try {
      await db.query(
        `update "${table}" x set (${columns.join(", ")}) = (${columns.map((c) => `s.${c}`).join(", ")}) from ${rows} where x.id = s.id`,
        [seeded.json],
      );
      await db.query(
        `insert into "${table}" (${columns.join(", ")}) select ${columns.map((c) => `s.${c}`).join(", ")} from ${rows}
          where not exists (select 1 from "${table}" y where y.id = s.id)`,
        [seeded.json],
      );
      await db.query("commit");
    } catch (error) {
      await db.query("rollback");
      throw error;
    }
  }
  return restored;
}

/**
 * Every principal calls the action on every scope's objects as the page would (same origin) and
 * with extra fields naming another practice, a role, a therapist; on one scope of each action
 * (a different one from action to action: EVERY_VARIANT_ON_EVERY_CELL) also with no Origin and
 * from a foreign Origin (refused before the action runs). Each call's writes are checked
 * against checksums of every table taken around it.
 */
export async function actionCells(ctx: MatrixContext, entry: EntryPoint, rule: ActionRule, state: ActionState) {
  const { env, result } = ctx;
  const { world, db } = env;
  const id = env.actionIds.get(entry.key);
  if (!id) {
    result.failures.push(`${entry.key}: not in the build's server-reference-manifest (stale build?)`);
    return;
  }
  const variants = [
    { name: "same origin", origin: env.baseURL, extra: false, always: true },
    { name: "no Origin", origin: null, extra: false, always: false },
    { name: "foreign Origin", origin: "https://attacker.example", extra: false, always: false },
    { name: "extra fields", origin: env.baseURL, extra: true, always: true },
  ];
  const turn = state.turn++;
  const page = env.policy[`page ${rule.path}`];
  for (const [lane, principal] of PRINCIPALS.entries()) {
    const scopes: Array<Scope | null> = rule.params || rule.bound ? SCOPES : [null];
    const sampled = (turn + lane) % scopes.length;
    for (const [index, scope] of scopes.entries()) {
      const target: Record<string, string> = {};
      for (const [field, kind] of Object.entries(rule.params ?? {})) target[field] = world.objects[kind]![scope!].id;
      const bound = (rule.bound ?? []).map((kind) => world.objects[kind]![scope!].id);
      const context = {
        world,
        principal,
        target: { ...target, ...Object.fromEntries((rule.bound ?? []).map((kind, i) => [kind, bound[i]!])) },
      };
      const allowed = scope ? (rule.sees?.[principal] ?? []).includes(scope) : true;
      const expected = expectedAnswer(rule, principal, allowed);
      const sample = EVERY_VARIANT_ON_EVERY_CELL || index === sampled;
      for (const variant of variants.filter((v) => sample || v.always)) {
        const agent = rule.changesSession ? await ctx.signedIn(principal) : ctx.agents[principal];
        if (rule.changesSession) state.sums = null;
        const form = rule.form(context);
        const extra = variant.extra
          ? Object.fromEntries(Object.entries(EXTRA_FIELDS(world)).filter(([field]) => !(field in form)))
          : {};
        const args = actionArgs(rule, bound, formOf({ ...form, ...extra, ...target }));
        const before = state.sums ?? (await tableChecksums(db));
        const since = await lastAuditId(db);
        const reply = await agent.callAction(id, args, { origin: variant.origin, path: rule.path });
        const after = await tableChecksums(db);
        const label = `${entry.key} as ${principal}${scope ? ` on ${scope}` : ""} (${variant.name})`;
        // A cell counts once, on its first request.
        const objects = variant.name === "same origin" ? (scope ? 1 : 3) : 0;
        if (variant.origin?.startsWith("https://attacker")) {
          result.cells += objects;
          result.requests += 1;
          if (reply.status < 400) result.failures.push(`${label}: accepted (${reply.status})`);
          const changed = changedTables(before, after, []);
          if (changed.length) result.leaks.push(`${label}: ran and changed ${changed.join(", ")}`);
          const leaks = leaked(reply, ctx.forbiddenFor(rule, principal, page));
          if (leaks.length) result.leaks.push(`${label}: leaked ${leaks.join(", ")}`);
        } else {
          await ctx.judge(label, reply, { rule, principal, expected, kind: "action", since, objects, page });
          const changed = changedTables(before, after, expected === "ok" ? rule.writes : ["audit_events"]);
          if (changed.length) result.leaks.push(`${label}: changed ${changed.join(", ")}`);
          if (rule.changesSession || reply.headers.getSetCookie().length > 0) await claimsStillTrue(ctx, label, agent);
        }
        state.sums = (await restore(db, state.rows, changedTables(before, after, []))) ? null : after;
      }
    }
  }
}

/**
 * Whatever an action did to the caller's session, it names the user's real role and practice.
 * The claims live in the session cookie: asked again whenever a reply sets a cookie.
 */
async function claimsStillTrue(ctx: MatrixContext, label: string, agent: Agent) {
  const reply: Reply = await agent.request("/api/auth/session");
  const session = JSON.parse(reply.body || "null") as {
    claims?: { userId: string; role: string; practiceId: string };
  } | null;
  ctx.result.requests += 1;
  if (!session?.claims) return;
  const res = await ctx.env.db.query<{ role: string; practice_id: string }>(
    "select role, practice_id from users where id = $1",
    [session.claims.userId],
  );
  const user = res.rows[0];
  if (!user || user.role !== session.claims.role || user.practice_id !== session.claims.practiceId) {
    ctx.result.leaks.push(`${label}: the session claims ${JSON.stringify(session.claims)} do not match the user`);
  }
}
