import { randomUUID } from "node:crypto";
import type { Client } from "pg";
import type { ActionRule, Answer, PageRule, PolicyRule, RouteRule } from "../policy";
import {
  answerMismatch,
  deniedAuditRows,
  expectedAnswer,
  lastAuditId,
  leaked,
  oneAtATime,
  visibleText,
  type Queryable,
} from "./checks";
import type { EntryPoint } from "./discover";
import { Agent, type Reply } from "./http";
import { actionCells, EVERY_VARIANT_ON_EVERY_CELL, snapshotRows, type ActionState } from "./matrix-actions";
import { CLINICAL_RECORD, PASSWORD, PRINCIPALS, SCOPES, type Principal, type Scope, type World } from "./world";

export interface MatrixEnv {
  baseURL: string;
  db: Client;
  world: World;
  entries: EntryPoint[];
  policy: Record<string, PolicyRule>;
  actionIds: Map<string, string>;
}

export interface MatrixResult {
  /**
   * Cells checked: entry point × principal × object (one without objects counts the three
   * scopes), each once however many ways it is requested.
   */
  cells: number;
  requests: number;
  /** Of the requests: repeats with the forged middleware header. */
  forged: number;
  /** Seconds spent on pages and routes (side by side), and on actions (one call at a time). */
  seconds: { pages: number; actions: number };
  leaks: string[];
  failures: string[];
}

/** A forged header that once let requests skip Next's middleware (CVE-2025-29927). */
const FORGED = {
  "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
};

/** What the page, route and action cells share: the signed-in agents and the judging. */
export interface MatrixContext {
  env: MatrixEnv;
  /** The database, shared by the lanes one query at a time. */
  db: Queryable;
  result: MatrixResult;
  agents: Record<Principal, Agent>;
  signedIn: (principal: Principal) => Promise<Agent>;
  forbiddenFor: (rule: PolicyRule, principal: Principal, page?: PolicyRule) => string[];
  judge: (label: string, reply: Reply, o: Judged) => Promise<void>;
}

interface Judged {
  rule: PolicyRule;
  principal: Principal;
  expected: Answer;
  kind: EntryPoint["kind"];
  since: number;
  /** How many cells the reply stands for (0 for a repeat of a cell already counted). */
  objects: number;
  mustShow?: string;
  audit?: string | string[];
  /** The page an action was posted from, which its reply may carry re-rendered for the caller. */
  page?: PolicyRule;
}

/**
 * Runs every entry point of `entries` for every principal on the world's objects. Pages and
 * routes run first, on the world as seeded, one lane per principal side by side (they only
 * read, and each lane's audit rows carry its own actor); actions then run one call at a time,
 * since each call's writes are told apart by checksums of every table.
 */
export async function runMatrix(env: MatrixEnv): Promise<MatrixResult> {
  const ctx = await contextOf(env);
  const state: ActionState = { rows: await snapshotRows(env.db, env.world), sums: null, turn: 0 };
  const ruled = (kind: EntryPoint["kind"]) =>
    env.entries.filter((entry) => entry.kind === kind && env.policy[entry.key]); // others: the coverage check
  const started = Date.now();
  await Promise.all(
    PRINCIPALS.map(async (principal, lane) => {
      let turn = lane;
      for (const entry of ruled("route")) await routeCells(ctx, entry, env.policy[entry.key] as RouteRule, principal);
      for (const entry of ruled("page"))
        await pageCells(ctx, entry, env.policy[entry.key] as PageRule, principal, turn++);
    }),
  );
  const pagesDone = Date.now();
  for (const entry of ruled("action")) await actionCells(ctx, entry, env.policy[entry.key] as ActionRule, state);
  ctx.result.seconds = { pages: (pagesDone - started) / 1000, actions: (Date.now() - pagesDone) / 1000 };
  return ctx.result;
}

async function contextOf(env: MatrixEnv): Promise<MatrixContext> {
  const { world } = env;
  const db = oneAtATime(env.db);
  const result: MatrixResult = {
    cells: 0,
    requests: 0,
    forged: 0,
    seconds: { pages: 0, actions: 0 },
    leaks: [],
    failures: [],
  };
  let ipCounter = 0;
  const signedIn = async (principal: Principal) => {
    const agent = new Agent(env.baseURL, `198.51.100.${10 + (ipCounter++ % 200)}`);
    if (principal !== "anonymous" && !(await agent.signIn(world.accounts[principal].email, PASSWORD))) {
      throw new Error(`could not sign in as ${principal}`);
    }
    return agent;
  };
  const agents = {} as Record<Principal, Agent>;
  for (const p of PRINCIPALS) agents[p] = await signedIn(p);

  /** Marker strings of the world's objects the rule lets the principal receive. */
  const shownBy = (rule: PolicyRule | undefined, principal: Principal) => {
    const allowed = rule?.sees?.[principal] ?? [];
    const shown = new Set<string>();
    for (const [kind, byScope] of Object.entries(world.objects)) {
      if (principal === "frontdesk" && (CLINICAL_RECORD as string[]).includes(kind)) continue;
      for (const scope of allowed) for (const s of byScope[scope].secrets) shown.add(s);
    }
    return shown;
  };
  /**
   * Marker strings the principal must not receive from the rule's entry point: another
   * practice's (but the names it publishes, where the rule lets anyone see another practice's
   * objects), every object's in a scope the rule does not allow, and for the front desk the
   * clinical record's in any scope. A practice-wide object is the same in "own" and
   * "samePractice": what an allowed scope shows is never forbidden; nor is what the page an
   * action was posted from shows the caller (a refused action may answer with that page).
   */
  const forbiddenFor = (rule: PolicyRule, principal: Principal, page?: PolicyRule) => {
    const allowed = rule.sees?.[principal] ?? [];
    const published = allowed.includes("otherPractice") ? world.publicSecrets : [];
    const out = world.foreignSecrets.filter((s) => !published.includes(s));
    for (const byScope of Object.values(world.objects)) for (const scope of SCOPES) out.push(...byScope[scope].secrets);
    const shown = new Set([...shownBy(rule, principal), ...shownBy(page, principal)]);
    return [...new Set(out)].filter((s) => !shown.has(s));
  };

  /** Checks one reply against the rule. */
  async function judge(label: string, reply: Reply, o: Judged) {
    result.cells += o.objects;
    result.requests += 1;
    const leaks = leaked(reply, forbiddenFor(o.rule, o.principal, o.page));
    if (leaks.length) result.leaks.push(`${label}: leaked ${leaks.join(", ")}`);
    const mismatch = answerMismatch(reply, o.expected, o.kind);
    if (mismatch) result.failures.push(`${label}: ${mismatch}`);
    if (o.mustShow && reply.status === 200 && !reply.body.includes(o.mustShow))
      result.failures.push(`${label}: allowed but the object's data is missing`);
    const audit = o.audit ?? o.rule.audit;
    if (o.expected === "not-found" && o.principal !== "anonymous" && audit) {
      const actions = typeof audit === "string" ? [audit] : audit;
      const rows =
        actions.length === 0 ? 1 : await deniedAuditRows(db, o.since, world.accounts[o.principal].userId, actions);
      if (rows < 1) result.failures.push(`${label}: denied without an audit row (${actions.join(" or ")})`);
    }
    if (o.kind !== "action" && !reply.headers.get("content-security-policy") && reply.status < 300) {
      result.failures.push(`${label}: no Content-Security-Policy (the proxy did not run)`);
    }
  }

  return { env, db, result, agents, signedIn, forbiddenFor, judge };
}

const notFoundText = new Map<string, string>();

async function pageCells(ctx: MatrixContext, entry: EntryPoint, rule: PageRule, principal: Principal, turn: number) {
  const { db } = ctx;
  const { world } = ctx.env;
  const segments = Object.entries(rule.params ?? {});
  const queried = Object.entries(rule.query ?? {});
  const named = segments.length + queried.length > 0;
  // Every object on the same scope; then, for nested pages, the parent on the caller's own
  // object and the last segment on another practice's (the page must not trust the parent).
  // Another client's object under the caller's own client is not that client's: not-found too.
  const cells: Array<{ scope: Scope | null; scopes: Scope[] }> = named
    ? SCOPES.map((scope) => ({ scope, scopes: segments.map(() => scope) }))
    : [{ scope: null, scopes: [] }];
  if (segments.length > 1) {
    for (const last of ["otherPractice", "samePractice"] as const)
      cells.push({ scope: last, scopes: segments.map((_, i) => (i === segments.length - 1 ? last : "own")) });
  }
  const forgedCell = turn % cells.length;
  for (const [index, { scope, scopes }] of cells.entries()) {
    let path = entry.pattern;
    let mustShow: string | undefined;
    for (const [i, [segment, kind]] of segments.entries()) {
      const object = world.objects[kind]![scopes[i]!];
      path = path.replace(`[${segment}]`, object.id);
      mustShow = object.secrets[0];
    }
    const search = new URLSearchParams(rule.search?.(world, scope) ?? "");
    for (const [name, kind] of queried) search.set(name, world.objects[kind]![scope!].id);
    if (search.size) path += `?${search}`;
    const mixed = new Set(scopes).size > 1;
    const allowed = scope ? !mixed && (rule.sees?.[principal] ?? []).includes(scope) : true;
    const expected = expectedAnswer(rule, principal, allowed);
    // Where the parent is the caller's own, the page itself must refuse (and audit) the child:
    // another practice's object, and another client's object of the same practice alike (the
    // DAL loads a child through its parent).
    const audit = mixed && (rule.sees?.[principal] ?? []).includes("own") ? rule.objectAudit : undefined;
    const variants: Array<[string, Record<string, string>]> = [["", {}]];
    if (EVERY_VARIANT_ON_EVERY_CELL || index === forgedCell) variants.push([" +forged subrequest", FORGED]);
    for (const [variant, headers] of variants) {
      const since = await lastAuditId(db);
      const reply = await ctx.agents[principal].request(path, { headers });
      const where = scope ? ` on ${mixed ? scopes.join("/") : scope}` : "";
      const label = `${entry.key} as ${principal}${where}${variant}`;
      if (variant) ctx.result.forged += 1;
      await ctx.judge(label, reply, {
        rule,
        principal,
        expected,
        kind: "page",
        since,
        objects: variant ? 0 : scope ? 1 : 3,
        mustShow: expected === "ok" ? mustShow : undefined,
        audit,
      });
      if (expected === "not-found" && named) await sameAsMissing(ctx, label, principal, entry, rule, reply);
    }
  }
}

/** A refused id must look exactly like an id that does not exist. */
async function sameAsMissing(
  ctx: MatrixContext,
  label: string,
  principal: Principal,
  entry: EntryPoint,
  rule: PageRule | RouteRule,
  reply: Reply,
) {
  const key = `${ctx.env.baseURL} ${entry.key} as ${principal}`;
  if (!notFoundText.has(key)) {
    let path = entry.pattern;
    for (const segment of Object.keys(rule.params ?? {})) path = path.replace(`[${segment}]`, randomUUID());
    const page = rule.kind === "page" ? rule : null;
    const search = new URLSearchParams(page?.search?.(ctx.env.world, "own") ?? "");
    for (const name of Object.keys(page?.query ?? {})) search.set(name, randomUUID());
    if (search.size) path += `?${search}`;
    const missing = await ctx.agents[principal].request(path, { method: entry.name ?? "GET" });
    ctx.result.requests += 1;
    notFoundText.set(key, `${missing.status} ${visibleText(missing.body)}`);
  }
  if (`${reply.status} ${visibleText(reply.body)}` !== notFoundText.get(key)) {
    ctx.result.leaks.push(`${label}: the refusal differs from the answer for an id that does not exist`);
  }
}

async function routeCells(ctx: MatrixContext, entry: EntryPoint, rule: RouteRule, principal: Principal) {
  if (rule.params) return objectRouteCells(ctx, entry, rule, principal);
  for (const request of rule.requests) {
    for (const [variant, headers] of [
      ["", {}],
      [" +forged subrequest", FORGED],
    ] as const) {
      const agent = ctx.agents[principal];
      let body: string | undefined;
      const requestHeaders: Record<string, string> = { ...headers };
      if (request.form) {
        const csrf = JSON.parse((await agent.request("/api/auth/csrf")).body) as { csrfToken: string };
        body = new URLSearchParams(request.form(ctx.env.world, csrf.csrfToken)).toString();
        requestHeaders["content-type"] = "application/x-www-form-urlencoded";
        requestHeaders.origin = ctx.env.baseURL;
      }
      const since = await lastAuditId(ctx.db);
      const reply = await agent.request(request.path, { method: entry.name, headers: requestHeaders, body });
      if (variant) ctx.result.forged += 1;
      await ctx.judge(`${entry.name} ${request.path} as ${principal}${variant}`, reply, {
        rule,
        principal,
        expected: rule.answers?.[principal] ?? "not-found",
        kind: "route",
        since,
        objects: variant ? 0 : 3,
      });
    }
  }
}

/**
 * A route naming an object in its path (an item's picture): each principal asks for the own,
 * same-practice and other-practice object's, judged like a page's, the forged header on each.
 */
async function objectRouteCells(ctx: MatrixContext, entry: EntryPoint, rule: RouteRule, principal: Principal) {
  const { world } = ctx.env;
  for (const scope of SCOPES) {
    let path = entry.pattern;
    let mustShow: string | undefined;
    for (const [segment, kind] of Object.entries(rule.params ?? {})) {
      const object = world.objects[kind]![scope];
      path = path.replace(`[${segment}]`, object.id);
      mustShow = object.secrets[0];
    }
    const expected = expectedAnswer(rule, principal, (rule.sees?.[principal] ?? []).includes(scope));
    for (const [variant, headers] of [
      ["", {}],
      [" +forged subrequest", FORGED],
    ] as const) {
      const since = await lastAuditId(ctx.db);
      const reply = await ctx.agents[principal].request(path, { method: entry.name, headers });
      const label = `${entry.key} as ${principal} on ${scope}${variant}`;
      if (variant) ctx.result.forged += 1;
      await ctx.judge(label, reply, {
        rule,
        principal,
        expected,
        kind: "route",
        since,
        objects: variant ? 0 : 1,
        mustShow: expected === "ok" ? mustShow : undefined,
      });
      if (expected === "not-found") await sameAsMissing(ctx, label, principal, entry, rule, reply);
    }
  }
}
