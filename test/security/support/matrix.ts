import { randomUUID } from "node:crypto";
import type { Client } from "pg";
import type { ActionRule, Answer, PageRule, PolicyRule, RouteRule } from "../policy";
import {
  answerMismatch,
  changedTables,
  deniedAuditRows,
  lastAuditId,
  leaked,
  tableChecksums,
  visibleText,
} from "./checks";
import type { EntryPoint } from "./discover";
import { actionArgs, Agent, formOf, type Reply } from "./http";
import { PASSWORD, PRINCIPALS, SCOPES, type Principal, type Scope, type World } from "./world";

export interface MatrixEnv {
  baseURL: string;
  db: Client;
  world: World;
  entries: EntryPoint[];
  policy: Record<string, PolicyRule>;
  actionIds: Map<string, string>;
}

export interface MatrixResult {
  cells: number;
  requests: number;
  leaks: string[];
  failures: string[];
}

/** A forged header that once let requests skip Next's middleware (CVE-2025-29927). */
const FORGED = {
  "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
};
const EXTRA_FIELDS = (world: World) => ({
  practiceId: world.practices[1]!.id,
  role: "admin",
  therapistId: randomUUID(),
  userId: randomUUID(),
  clientId: world.objects.client!.otherPractice.id,
});

export async function runMatrix(env: MatrixEnv): Promise<MatrixResult> {
  const { world, db } = env;
  const result: MatrixResult = { cells: 0, requests: 0, leaks: [], failures: [] };
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

  const forbiddenFor = (rule: PolicyRule, principal: Principal) => {
    const allowed = rule.sees?.[principal] ?? [];
    const out = [...world.foreignSecrets];
    for (const byScope of Object.values(world.objects)) {
      for (const scope of SCOPES) if (!allowed.includes(scope)) out.push(...byScope[scope].secrets);
    }
    return [...new Set(out)];
  };

  /** Checks one reply against the rule; `objects` is how many objects the reply was judged for. */
  async function judge(
    label: string,
    reply: Reply,
    o: {
      rule: PolicyRule;
      principal: Principal;
      expected: Answer;
      kind: EntryPoint["kind"];
      since: number;
      objects: number;
      mustShow?: string;
      audit?: string | string[];
    },
  ) {
    result.cells += o.objects;
    result.requests += 1;
    const leaks = leaked(reply, forbiddenFor(o.rule, o.principal));
    if (leaks.length) result.leaks.push(`${label}: leaked ${leaks.join(", ")}`);
    const mismatch = answerMismatch(reply, o.expected, o.kind);
    if (mismatch) result.failures.push(`${label}: ${mismatch}`);
    if (o.mustShow && reply.status === 200 && !reply.body.includes(o.mustShow))
      result.failures.push(`${label}: allowed but the object's data is missing`);
    const audit = o.audit ?? o.rule.audit;
    if (o.expected === "not-found" && o.principal !== "anonymous" && audit) {
      const actions = typeof audit === "string" ? [audit] : audit;
      const rows =
        actions.length === 0 ? 1 : await deniedAuditRows(db, o.since, env.world.accounts[o.principal].userId, actions);
      if (rows < 1) result.failures.push(`${label}: denied without an audit row (${actions.join(" or ")})`);
    }
    if (o.kind !== "action" && !reply.headers.get("content-security-policy") && reply.status < 300) {
      result.failures.push(`${label}: no Content-Security-Policy (the proxy did not run)`);
    }
  }

  const notFoundText = new Map<string, string>();
  for (const entry of env.entries) {
    const rule = env.policy[entry.key];
    if (!rule) continue; // reported by the coverage check
    if (entry.kind === "page") await pageCells(entry, rule as PageRule);
    else if (entry.kind === "route") await routeCells(entry, rule as RouteRule);
    else await actionCells(entry, rule as ActionRule);
  }
  return result;

  async function pageCells(entry: EntryPoint, rule: PageRule) {
    const segments = Object.entries(rule.params ?? {});
    // Every segment on the same scope; then, for nested pages, the parent on the caller's own
    // object and the last segment on another practice's (the page must not trust the parent).
    // Another client's object under the caller's own client is not that client's: not-found too.
    const cells: Array<{ scope: Scope | null; scopes: Scope[] }> = rule.params
      ? SCOPES.map((scope) => ({ scope, scopes: segments.map(() => scope) }))
      : [{ scope: null, scopes: [] }];
    if (segments.length > 1) {
      for (const last of ["otherPractice", "samePractice"] as const)
        cells.push({ scope: last, scopes: segments.map((_, i) => (i === segments.length - 1 ? last : "own")) });
    }
    for (const principal of PRINCIPALS) {
      for (const { scope, scopes } of cells) {
        let path = entry.pattern;
        let mustShow: string | undefined;
        for (const [i, [segment, kind]] of segments.entries()) {
          const object = world.objects[kind]![scopes[i]!];
          path = path.replace(`[${segment}]`, object.id);
          mustShow = object.secrets[0];
        }
        const mixed = new Set(scopes).size > 1;
        const allowed = scope ? !mixed && (rule.sees?.[principal] ?? []).includes(scope) : true;
        const expected: Answer =
          rule.answers?.[principal] ?? (principal === "anonymous" ? "sign-in" : allowed ? "ok" : "not-found");
        // Where the parent is the caller's own, the page itself must refuse (and audit) the child:
        // another practice's object, and another client's object of the same practice alike (the
        // DAL loads a child through its parent).
        const audit = mixed && (rule.sees?.[principal] ?? []).includes("own") ? rule.objectAudit : undefined;
        for (const [variant, headers] of [
          ["", {}],
          [" +forged subrequest", FORGED],
        ] as const) {
          const since = await lastAuditId(db);
          const reply = await agents[principal].request(path, { headers });
          const label = `${entry.key} as ${principal}${scope ? ` on ${mixed ? scopes.join("/") : scope}` : ""}${variant}`;
          await judge(label, reply, {
            rule,
            principal,
            expected,
            kind: "page",
            since,
            objects: scope ? 1 : 3,
            mustShow: expected === "ok" ? mustShow : undefined,
            audit,
          });
          if (expected === "not-found" && rule.params) await sameAsMissing(label, principal, entry, rule, reply);
        }
      }
    }
  }

  /** A refused id must look exactly like an id that does not exist. */
  async function sameAsMissing(label: string, principal: Principal, entry: EntryPoint, rule: PageRule, reply: Reply) {
    const key = `${entry.key} as ${principal}`;
    if (!notFoundText.has(key)) {
      let path = entry.pattern;
      for (const segment of Object.keys(rule.params ?? {})) path = path.replace(`[${segment}]`, randomUUID());
      const missing = await agents[principal].request(path);
      result.requests += 1;
      notFoundText.set(key, `${missing.status} ${visibleText(missing.body)}`);
    }
    if (`${reply.status} ${visibleText(reply.body)}` !== notFoundText.get(key)) {
      result.leaks.push(`${label}: the refusal differs from the answer for an id that does not exist`);
    }
  }

  async function routeCells(entry: EntryPoint, rule: RouteRule) {
    for (const principal of PRINCIPALS) {
      for (const request of rule.requests) {
        for (const [variant, headers] of [
          ["", {}],
          [" +forged subrequest", FORGED],
        ] as const) {
          const agent = agents[principal];
          let body: string | undefined;
          const requestHeaders: Record<string, string> = { ...headers };
          if (request.form) {
            const csrf = JSON.parse((await agent.request("/api/auth/csrf")).body) as { csrfToken: string };
            body = new URLSearchParams(request.form(world, csrf.csrfToken)).toString();
            requestHeaders["content-type"] = "application/x-www-form-urlencoded";
            requestHeaders.origin = env.baseURL;
          }
          const since = await lastAuditId(db);
          const reply = await agent.request(request.path, { method: entry.name, headers: requestHeaders, body });
          const expected = rule.answers?.[principal] ?? "not-found";
          await judge(`${entry.name} ${request.path} as ${principal}${variant}`, reply, {
            rule,
            principal,
            expected,
            kind: "route",
            since,
            objects: 3,
          });
        }
      }
    }
  }

  async function actionCells(entry: EntryPoint, rule: ActionRule) {
    const id = env.actionIds.get(entry.key);
    if (!id) {
      result.failures.push(`${entry.key}: not in the build's server-reference-manifest (stale build?)`);
      return;
    }
    const variants = [
      { name: "same origin", origin: env.baseURL, extra: false },
      { name: "no Origin", origin: null, extra: false },
      { name: "foreign Origin", origin: "https://attacker.example", extra: false },
      { name: "extra fields", origin: env.baseURL, extra: true },
    ];
    for (const principal of PRINCIPALS) {
      const scopes: Array<Scope | null> = rule.params || rule.bound ? SCOPES : [null];
      for (const scope of scopes) {
        const target: Record<string, string> = {};
        for (const [field, kind] of Object.entries(rule.params ?? {})) target[field] = world.objects[kind]![scope!].id;
        const bound = (rule.bound ?? []).map((kind) => world.objects[kind]![scope!].id);
        const context = {
          world,
          principal,
          target: { ...target, ...Object.fromEntries((rule.bound ?? []).map((kind, i) => [kind, bound[i]!])) },
        };
        const allowed = scope ? (rule.sees?.[principal] ?? []).includes(scope) : true;
        const expected: Answer =
          rule.answers?.[principal] ?? (principal === "anonymous" ? "sign-in" : allowed ? "ok" : "not-found");
        for (const variant of variants) {
          const agent = rule.changesSession ? await signedIn(principal) : agents[principal];
          const fields = { ...rule.form(context), ...(variant.extra ? EXTRA_FIELDS(world) : {}), ...target };
          const args = actionArgs(rule, bound, formOf(fields));
          const before = await tableChecksums(db);
          const since = await lastAuditId(db);
          const reply = await agent.callAction(id, args, { origin: variant.origin, path: rule.path });
          const after = await tableChecksums(db);
          const label = `${entry.key} as ${principal}${scope ? ` on ${scope}` : ""} (${variant.name})`;
          if (variant.origin?.startsWith("https://attacker")) {
            result.cells += scope ? 1 : 3;
            result.requests += 1;
            if (reply.status < 400) result.failures.push(`${label}: accepted (${reply.status})`);
            const changed = changedTables(before, after, []);
            if (changed.length) result.leaks.push(`${label}: ran and changed ${changed.join(", ")}`);
            const leaks = leaked(reply, forbiddenFor(rule, principal));
            if (leaks.length) result.leaks.push(`${label}: leaked ${leaks.join(", ")}`);
            continue;
          }
          await judge(label, reply, { rule, principal, expected, kind: "action", since, objects: scope ? 1 : 3 });
          const changed = changedTables(before, after, expected === "ok" ? rule.writes : ["audit_events"]);
          if (changed.length) result.leaks.push(`${label}: changed ${changed.join(", ")}`);
          await claimsStillTrue(label, agent);
        }
      }
    }
  }

  /** Whatever an action did to the caller's session, it names the user's real role and practice. */
  async function claimsStillTrue(label: string, agent: Agent) {
    const session = JSON.parse((await agent.request("/api/auth/session")).body || "null") as {
      claims?: { userId: string; role: string; practiceId: string };
    } | null;
    result.requests += 1;
    if (!session?.claims) return;
    const res = await db.query<{ role: string; practice_id: string }>(
      "select role, practice_id from users where id = $1",
      [session.claims.userId],
    );
    const user = res.rows[0];
    if (!user || user.role !== session.claims.role || user.practice_id !== session.claims.practiceId) {
      result.leaks.push(`${label}: the session claims ${JSON.stringify(session.claims)} do not match the user`);
    }
  }
}
