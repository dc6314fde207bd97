import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { corpusFor, mustRefuse, OVERSIZED, type FieldSpec } from "./corpus";
import { policy, type ActionRule, type PageRule, type RouteRule } from "./policy";
import { answerMismatch, changedTables, lastAuditId, tableChecksums } from "./support/checks";
import { concurrentWrites, duplicatedEntries } from "./support/corpus-repeats";
import { builtActionIds, discoverEntryPoints } from "./support/discover";
import { actionArgs, Agent, formOf, type Reply } from "./support/http";
import { PASSWORD, type World } from "./support/world";

const root = path.resolve(".");
const entries = discoverEntryPoints(root);
const actionIds = builtActionIds(root);
const world: World = inject("world");
const baseURL = inject("baseURL");
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

// Failed sign-ins write audit rows and limiter counters; nothing else may move.
const MAY_GROW = ["audit_events", "sign_in_limits"];
let ip = 0;
const nextIp = () => `203.0.113.${1 + (ip++ % 250)}`;
/** A lone surrogate cannot be encoded: send the raw (invalid UTF-8) bytes a client could. */
const segmentOf = (value: string) => (value.isWellFormed() ? encodeURIComponent(value) : "%ED%A0%80");
const serverError = (reply: Reply) => reply.status >= 500 || /:E\{"digest":"\d+"/.test(reply.body);

/**
 * Full corpus for the first field of each type in a form; a rotating sample for the rest
 * (SECURITY_CORPUS=full: all).
 */
const FULL = process.env.SECURITY_CORPUS === "full";
const SAMPLE = 7;
function valuesFor(spec: FieldSpec, firstOfType: boolean, turn: number): string[] {
  const all = corpusFor(spec.type, spec.max);
  if (FULL || firstOfType) return all;
  // The values about this field's own limits, plus a slice that moves on field by field.
  const own = spec.max ? all.filter((v) => v.length > spec.max! && v.length < 100_000).slice(0, 2) : [];
  const rest = all.filter((v) => !own.includes(v));
  return [...own, ...Array.from({ length: SAMPLE }, (_, i) => rest[(turn * SAMPLE + i) % rest.length]!)];
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Non-string values a raw POST can bind where the page binds an id. */
const ODD_IDS: unknown[] = [null, 42, {}, ["x"], true];

test("every form field of every server action and route handler answers bad input with a message, never a 500", async () => {
  let tried = 0;
  const failures: string[] = [];
  const staff = new Agent(baseURL, nextIp());
  expect(await staff.signIn(world.spare.corpus!.email, PASSWORD)).toBe(true);
  // The portal's actions are the client's: they run as the corpus's client (client C, whose
  // objects the corpus aims at), so accepted values reach the database there too.
  const client = new Agent(baseURL, nextIp());
  expect(await client.signIn(world.corpusObjects.client!.secrets[1]!, PASSWORD)).toBe(true);
  signedIn = { staff, client };
  const clientUser = (
    await db.query<{ id: string }>("select user_id as id from clients where id = $1", [world.corpusObjects.client!.id])
  ).rows[0]!.id;
  const corpusUser = world.spare.corpus!.userId;
  /**
   * Writes of the corpus's accounts, or of someone signed out (a public booking), since `since`:
   * every write of the DAL audits 'allowed' in its transaction.
   */
  // Reads audit 'allowed' too (a refused call's reply may render the page it was posted from):
  // those are not writes.
  const writesSince = async (since: number) =>
    (
      await db.query<{ action: string }>(
        "select action from audit_events where id > $1 and (actor_id = any($2) or actor_id is null) and outcome = 'allowed' and action !~ '\\.(read|list|today|progress|form|appointments)$'",
        [since, [corpusUser, clientUser]],
      )
    ).rows.map((r) => r.action);

  for (const entry of entries) {
    const rule = policy[entry.key];
    if (!rule) continue;
    const before = await tableChecksums(db);
    let mayWrite: string[] = [];
    if (rule.kind === "action") {
      const action = rule as ActionRule;
      const id = actionIds.get(entry.key)!;
      // Staff actions run as the corpus's therapist on its own client's objects, so accepted values
      // reach the database; sign-in and sign-out run anonymous.
      const bound = (action.bound ?? []).map((kind) => world.corpusObjects[kind]!.id);
      const target = Object.fromEntries((action.bound ?? []).map((kind, i) => [kind, bound[i]!]));
      const clientOnly = Boolean(action.sees?.client) && !action.sees?.therapist && !action.sees?.anonymous;
      // Public actions (booking, manage links, invitations) run signed out, each call from an
      // address of its own: the booking page's per-address limit would otherwise answer instead.
      const signedOut = action.changesSession || Boolean(action.sees?.anonymous);
      const agent = () => (signedOut ? new Agent(baseURL, nextIp()) : clientOnly ? client : staff);
      const call = (fields: Record<string, string | Blob>, args: unknown[] = bound) =>
        agent().callAction(id, actionArgs(action, args, formOf(fields)), { path: action.path });
      // Wrong passwords go to the corpus's own account, so its lockout touches no other test. A
      // fresh valid submission for each call (a booking's email is new each time, as its limit counts per email).
      const validForm = () => ({
        ...action.form({ world, principal: "therapist", target }),
        ...(action.changesSession ? { email: world.spare.corpus!.email, password: "not-the-password" } : {}),
      });
      const valid = validForm();
      const types = new Set<string>();
      let turn = 0;
      for (const [field, spec] of Object.entries(action.fields ?? {})) {
        const first = !types.has(spec.type);
        types.add(spec.type);
        for (const value of valuesFor(spec, first, turn++)) {
          tried++;
          const since = await lastAuditId(db);
          const reply = await call({ ...validForm(), [field]: value });
          const label = `${entry.key} ${field}=${JSON.stringify(value.slice(0, 40))}`;
          const messages = spec.formMessage === undefined ? [] : [spec.formMessage].flat();
          const refused =
            new RegExp(`"(?:errors|fieldErrors)":\\{[^}]*"${escape(field)}(?:\\.\\d+)?":`).test(reply.body) ||
            messages.some((message) => reply.body.includes(JSON.stringify(message))) ||
            // An id naming nothing (a uuid of no object) is not found, like a forged bound id.
            (spec.type === "id" && answerMismatch(reply, "not-found", "action") === null);
          if (serverError(reply)) failures.push(`${label}: server error ${reply.status}`);
          else if (refused && (await writesSince(since)).length > 0)
            failures.push(`${label}: refused, yet written (${(await writesSince(since)).join(", ")})`);
          else if (!refused && mustRefuse(spec, value))
            failures.push(`${label}: accepted (no message naming ${field})`);
          if (!refused) mayWrite = action.writes;
        }
      }
      // The object an action works on comes from the page (bound): a forged one is not-found (or,
      // where the action checks its shape first, its refusal message). Forged values in the other
      // bound arguments (a key inside the object) may get a message, never a 500 nor a write.
      if (bound.length > 0) {
        const decides = action.decides ?? bound.length - 1;
        const ids = [...(FULL ? corpusFor("id") : corpusFor("id").slice(0, 10)), ...ODD_IDS];
        for (const [position, kind] of action.bound!.entries()) {
          for (const odd of ids) {
            tried++;
            const since = await lastAuditId(db);
            const reply = await call(
              valid,
              bound.map((b, i) => (i === position ? odd : b)),
            );
            const label = `${entry.key} bound ${kind}=${JSON.stringify(odd)?.slice(0, 40)}`;
            const mismatch = answerMismatch(reply, "not-found", "action");
            const refusal = action.refusal !== undefined && reply.body.includes(JSON.stringify(action.refusal));
            // A value the page itself binds there (null: a new appointment type) is no forgery.
            const accepted = position === decides && (action.accepts ?? []).includes(odd);
            if (accepted) mayWrite = action.writes;
            if (serverError(reply)) failures.push(`${label}: server error ${reply.status}`);
            else if (accepted) continue;
            else if (position === decides && mismatch && !refusal) failures.push(`${label}: ${mismatch}`);
            // The object decides: with it real, the other arguments only shape the answer.
            const written = await writesSince(since);
            if (position === decides && written.length > 0) failures.push(`${label}: written (${written.join(", ")})`);
            if (position !== decides) mayWrite = action.writes;
          }
        }
      }
      // Plain arguments after the ids (a session number, a direction): whatever a raw POST sends
      // there, never a 500. The action may coerce one (any direction moves by one) and write.
      if (action.args?.length) mayWrite = action.writes;
      for (const [position, value] of (action.args ?? []).entries()) {
        for (const odd of [
          null,
          -1,
          0,
          1.5,
          Number.NaN,
          Number.POSITIVE_INFINITY,
          25,
          2 ** 53,
          String(value),
          {},
          [value],
          true,
        ]) {
          tried++;
          const args = [...(action.args ?? [])];
          args[position] = odd;
          const reply = await agent().callAction(id, actionArgs({ ...action, args }, bound, formOf(valid)), {
            path: action.path,
          });
          if (serverError(reply))
            failures.push(
              `${entry.key} argument ${bound.length + position}=${String(odd)}: server error ${reply.status}`,
            );
        }
      }
      tried++;
      // A called action has no form: its first argument carries the 2 MB instead.
      const big =
        action.shape === "call"
          ? await call(
              valid,
              bound.map(() => OVERSIZED),
            )
          : await call({ ...valid, note: OVERSIZED });
      if (big.status !== 413 && serverError(big)) failures.push(`${entry.key} with a 2 MB body: ${big.status}`);
    } else if (rule.kind === "route") {
      for (const request of (rule as RouteRule).requests) {
        if (!request.form) continue;
        for (const [field, { type, max }] of Object.entries(request.fields ?? {})) {
          for (const value of [...corpusFor(type, max), OVERSIZED]) {
            tried++;
            const agent = new Agent(baseURL, nextIp());
            const csrf = JSON.parse((await agent.request("/api/auth/csrf")).body) as { csrfToken: string };
            const body = new URLSearchParams({ ...request.form(world, csrf.csrfToken), [field]: value }).toString();
            const reply = await agent.request(request.path, {
              method: entry.name,
              headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL },
              body,
            });
            if (serverError(reply))
              failures.push(
                `${entry.name} ${request.path} ${field}=${JSON.stringify(value.slice(0, 40))}: ${reply.status}`,
              );
            else if (reply.status !== 413 && !reply.location?.includes("/sign-in"))
              failures.push(`${entry.name} ${request.path} ${field}: ${reply.status} ${reply.location}`);
          }
        }
      }
      // A route naming an object in its path (an item's picture) gets the id list there, like a page.
      const route = rule as RouteRule;
      for (const value of route.params ? corpusFor("id") : []) {
        tried++;
        let url = entry.pattern;
        for (const segment of Object.keys(route.params!)) url = url.replace(`[${segment}]`, segmentOf(value));
        const reply = await (route.sees?.client && !route.sees?.therapist ? client : staff).request(url, {
          method: entry.name,
        });
        if (serverError(reply) || ![400, 404, 308].includes(reply.status))
          failures.push(`${entry.key} with ${JSON.stringify(value.slice(0, 40))}: ${reply.status}`);
      }
    } else if ((rule as PageRule).params || (rule as PageRule).query) {
      // Every dynamic segment, and every query parameter naming an object (asked as whoever
      // the page is for: a portal page's as the client), gets the id list.
      const page = rule as PageRule;
      const agent = page.sees?.client && !page.sees?.therapist ? client : staff;
      for (const value of corpusFor("id")) {
        tried++;
        let url = entry.pattern;
        for (const segment of Object.keys(page.params ?? {})) url = url.replace(`[${segment}]`, segmentOf(value));
        const query = Object.keys(page.query ?? {}).map((name) => `${name}=${segmentOf(value)}`);
        if (query.length) url += `?${query.join("&")}`;
        const reply = await agent.request(url);
        // A public page naming nothing answers with its own page (the invitation link's "not valid");
        // an empty query parameter names nothing at all.
        const ownPage =
          reply.status === 200 &&
          ((page.invalid !== undefined && reply.body.includes(page.invalid)) || (query.length > 0 && value === ""));
        if (serverError(reply) || !(ownPage || [400, 404, 308].includes(reply.status)))
          failures.push(`${entry.key} with ${JSON.stringify(value.slice(0, 40))}: ${reply.status}`);
      }
    }
    // Only an action that accepted a value may have written, and only where it writes.
    const changed = changedTables(before, await tableChecksums(db), [...MAY_GROW, ...mayWrite]);
    if (changed.length) failures.push(`${entry.key}: bad input changed ${changed.join(", ")}`);
  }

  console.log(`bad-input corpus: ${tried} inputs tried, ${failures.length} failures`);
  expect(failures).toEqual([]);
  expect(tried).toBeGreaterThan(60);
}, 480_000); // 1–2 minutes idle; up to 2.5× that when the machine's two cores are busy

// After the corpus above (same file, so in this order): repeats may change the corpus's objects.
// They run as the corpus's accounts, signed in above (the corpus's wrong passwords lock them now).
let signedIn: { staff: Agent; client: Agent } | undefined;
async function repeats() {
  if (!signedIn) {
    // Run on their own (-t): sign in here.
    const staff = new Agent(baseURL, nextIp());
    const client = new Agent(baseURL, nextIp());
    expect(await staff.signIn(world.spare.corpus!.email, PASSWORD)).toBe(true);
    expect(await client.signIn(world.corpusObjects.client!.secrets[1]!, PASSWORD)).toBe(true);
    signedIn = { staff, client };
  }
  return { baseURL, world, entries, actionIds, nextIp, ...signedIn };
}

test("duplicated entries in every form (a field twice, a row twice) never answer a 500", async () => {
  const { tried, failures } = await duplicatedEntries(await repeats());
  console.log(`duplicated entries: ${tried} forms tried, ${failures.length} failures`);
  expect(failures).toEqual([]);
  expect(tried).toBeGreaterThan(20);
}, 240_000);

test("six identical writes at once to every action never answer a 500", async () => {
  const { tried, failures } = await concurrentWrites(await repeats());
  console.log(`concurrent identical writes: ${tried} requests, ${failures.length} failures`);
  expect(failures).toEqual([]);
}, 240_000);
