import { Client } from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ACCOUNT_CEILING, SOURCE_FAILURES_BEFORE_LOCK } from "@/lib/domain/sign-in-throttle";
import { builtActionIds } from "./support/discover";
import { Agent, formOf } from "./support/http";
import { createDatabase, dropDatabase } from "./support/pg";
import { startServer, type RunningServer } from "./support/server";
import { migrateAndSeed, PASSWORD, type World } from "./support/world";

/**
 * Issue 14: app servers share nothing but the database. Two production servers (server.mjs, the
 * same build and AUTH_SECRET) on one fresh PostgreSQL database: a session made on one is a
 * session on the other, ending it on one ends it on both, and failed sign-ins spread over both
 * count together (lib/domain/sign-in-throttle.ts). A server that kept sessions or counters in
 * its own memory fails each of these.
 */
const PORT_A = Number(process.env.SECURITY_CRASH_PORT ?? 3203);
const PORT_B = Number(process.env.SECURITY_SECOND_PORT ?? 3205);
const SPARES = { session: "therapist", lock: "therapist", slow: "client" } as const;

const ids = builtActionIds(".");
const SIGN_IN = ids.get("action app/(auth)/sign-in/actions.ts#signInAction")!;
const SIGN_OUT = ids.get("action app/(auth)/sign-out-action.ts#signOutAction")!;
const LOCKED = /Too many failed attempts from here/;
const SLOWED = /takes one try at a time/;

let databaseUrl = "";
let a: RunningServer | undefined;
let b: RunningServer | undefined;
let world: World;
let db: Client | undefined;

beforeAll(async () => {
  databaseUrl = await createDatabase("pair");
  // Both start at once on the empty database and migrate it together (under the app's lock).
  [a, b] = await Promise.all([
    startServer({ port: PORT_A, databaseUrl, env: { UNKNOT_JOBS: "off" } }),
    startServer({ port: PORT_B, databaseUrl, env: { UNKNOT_JOBS: "off" } }),
  ]);
  world = await migrateAndSeed(databaseUrl, SPARES);
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
}, 180_000);

afterAll(async () => {
  await db?.end();
  await Promise.all([a?.stop(), b?.stop()]);
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** One attempt through the sign-in form's action on a server; returns the message shown. */
async function attempt(server: RunningServer, email: string, password: string, ip: string): Promise<string> {
  const reply = await new Agent(server.baseURL, ip).callAction(SIGN_IN, [{}, formOf({ email, password })], {
    path: "/sign-in",
  });
  expect(reply.status).toBe(200);
  return /"formError":"([^"]*)"/.exec(reply.body)?.[1] ?? "";
}

/** Sign-ins of the account whose password was checked and failed, from the audit trail. */
async function checkedFailures(email: string): Promise<number> {
  const res = await db!.query<{ n: string }>(
    "select count(*) as n from audit_events where action = 'auth.sign_in' and outcome = 'failed' and detail->>'email' = $1",
    [email],
  );
  return Number(res.rows[0]!.n);
}

test("a session made on server A is a session on server B, and signing out on B ends it on A", async () => {
  const email = world.spare.session!.email;
  const onA = new Agent(a!.baseURL, "192.0.2.10");
  expect(await onA.signIn(email, PASSWORD)).toBe(true);
  const cookie = onA.cookieHeader();
  expect((await onA.request("/clients")).status).toBe(200);

  // The same cookie on the other server: a signed-in page, with the account's own name on it.
  const onB = new Agent(b!.baseURL, "192.0.2.10");
  const page = await onB.request("/clients", { headers: { cookie } });
  expect(page.status).toBe(200);
  expect(page.body).toContain("Spare session");

  await onB.callAction(SIGN_OUT, [formOf({})], { path: "/clients", headers: { cookie } });
  for (const server of [a!, b!]) {
    const replay = await new Agent(server.baseURL).request("/clients", { headers: { cookie } });
    expect(replay.status, server.baseURL).toBe(307);
    expect(replay.location, server.baseURL).toBe("/sign-in");
  }
});

test(`${SOURCE_FAILURES_BEFORE_LOCK} failures from one IP, half on each server, refuse that IP on both`, async () => {
  const email = world.spare.lock!.email;
  const ip = "192.0.2.20";
  // Each server sees only half of the failures: fewer than its own count would ever lock on.
  for (let i = 0; i < SOURCE_FAILURES_BEFORE_LOCK; i++) {
    const message = await attempt(i % 2 === 0 ? a! : b!, email, `wrong-${i}`, ip);
    expect(message, `attempt ${i + 1}`).not.toMatch(LOCKED);
  }
  expect(await checkedFailures(email)).toBe(SOURCE_FAILURES_BEFORE_LOCK);
  // Now that IP is refused on either server, even with the right password.
  expect(await attempt(a!, email, PASSWORD, ip)).toMatch(LOCKED);
  expect(await attempt(b!, email, PASSWORD, ip)).toMatch(LOCKED);
  expect(await checkedFailures(email)).toBe(SOURCE_FAILURES_BEFORE_LOCK);
});

test(`${ACCOUNT_CEILING} failures on one account from many IPs, spread over both servers, slow it on both`, async () => {
  const email = world.spare.slow!.email;
  // One failure per IP, alternating servers: no source and no server reaches a limit alone.
  for (let i = 0; i < ACCOUNT_CEILING; i++) {
    const message = await attempt(i % 2 === 0 ? a! : b!, email, `wrong-${i}`, `198.51.100.${i + 1}`);
    expect(message, `attempt ${i + 1}`).not.toMatch(SLOWED);
  }
  expect(await checkedFailures(email)).toBe(ACCOUNT_CEILING);
  // Past the ceiling the account checks one password per interval across both servers: of two
  // quick tries from new places, one on each server, the second is refused unchecked.
  expect(await attempt(a!, email, "wrong-next", "198.51.100.101")).not.toMatch(SLOWED);
  const second = await attempt(b!, email, "wrong-next", "198.51.100.102");
  expect(second).toMatch(SLOWED);
  expect(await checkedFailures(email)).toBeLessThanOrEqual(ACCOUNT_CEILING + 1);
});
