import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { builtActionIds } from "./support/discover";
import { Agent, formOf } from "./support/http";
import { PASSWORD, type World } from "./support/world";

const world: World = inject("world");
const baseURL = inject("baseURL");
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

const signInId = builtActionIds(".").get("action app/(auth)/sign-in/actions.ts#signInAction")!;

/** One attempt through the sign-in form's action; returns the message shown. */
async function attempt(email: string, password: string, ip: string): Promise<string> {
  const reply = await new Agent(baseURL, ip).callAction(signInId, [{}, formOf({ email, password })], {
    path: "/sign-in",
  });
  expect(reply.status).toBe(200);
  const match = /"formError":"([^"]*)"/.exec(reply.body);
  return match?.[1] ?? `no message: ${reply.body.slice(0, 200)}`;
}

/** Failures whose password was actually checked (outcome failed), not refused while locked (denied). */
async function checkedFailures(email: string): Promise<{ failed: number; denied: number }> {
  const res = await db.query<{ outcome: string; n: string }>(
    "select outcome, count(*) as n from audit_events where action = 'auth.sign_in' and detail->>'email' = $1 group by outcome",
    [email],
  );
  const by = Object.fromEntries(res.rows.map((r) => [r.outcome, Number(r.n)]));
  return { failed: by.failed ?? 0, denied: by.denied ?? 0 };
}

test("200 wrong passwords at one account from one IP: that IP is refused after 10, the owner elsewhere still signs in", async () => {
  const email = world.spare.lockTarget!.email;
  const messages = new Set<string>();
  for (let i = 0; i < 200; i++) messages.add(await attempt(email, `wrong-${i}`, "192.0.2.50"));
  const { failed, denied } = await checkedFailures(email);
  console.log(`sign-in abuse, one IP: 200 attempts, ${failed} passwords checked, ${denied} refused`);
  expect(failed).toBeLessThanOrEqual(10);
  expect(failed + denied).toBe(200);
  expect([...messages].some((m) => /Too many failed attempts from here/.test(m))).toBe(true);
  // The attacker's IP is refused even with the right password; the owner's is not.
  expect(await attempt(email, PASSWORD, "192.0.2.50")).toMatch(/Too many failed attempts from here/);
  expect(await new Agent(baseURL, "203.0.113.50").signIn(email, PASSWORD)).toBe(true);
}, 120_000);

test("200 wrong passwords at one account from 20 IPs: the account slows, and its owner still signs in", async () => {
  const email = world.spare.spreadTarget!.email;
  // The owner signed in from home before the attack.
  expect(await new Agent(baseURL, "203.0.113.60").signIn(email, PASSWORD)).toBe(true);
  const messages = new Set<string>();
  for (let i = 0; i < 200; i++) messages.add(await attempt(email, `wrong-${i}`, `192.0.2.${100 + (i % 20)}`));
  const { failed, denied } = await checkedFailures(email);
  console.log(`sign-in abuse, 20 IPs: 200 attempts, ${failed} passwords checked, ${denied} refused`);
  // 20 failures reach the ceiling; past it one password per doubling interval (1 s, 2 s, 4 s...).
  expect(failed).toBeLessThanOrEqual(30);
  expect(failed + denied).toBe(200);
  expect([...messages].some((m) => /takes one try at a time/.test(m))).toBe(true);
  // From home the owner is not slowed at all...
  expect(await new Agent(baseURL, "203.0.113.60").signIn(email, PASSWORD)).toBe(true);
  // ...and from a new place gets in within the interval (a minute at most).
  const started = Date.now();
  const owner = new Agent(baseURL, "203.0.113.61");
  let signedIn = await owner.signIn(email, PASSWORD);
  while (!signedIn && Date.now() - started < 70_000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    signedIn = await owner.signIn(email, PASSWORD);
  }
  console.log(`sign-in abuse, 20 IPs: the owner from a new IP got in after ${Date.now() - started} ms`);
  expect(signedIn).toBe(true);
}, 180_000);

test("one IP spraying 110 different accounts: at most 100 failures an hour are checked", async () => {
  const ip = "192.0.2.77";
  for (let i = 0; i < 110; i++) await attempt(`spray-${i}@sec.unknot.test`, "Winter2026!", ip);
  const res = await db.query<{ outcome: string; n: string }>(
    "select outcome, count(*) as n from audit_events where action = 'auth.sign_in' and ip = $1 group by outcome",
    [ip],
  );
  const by = Object.fromEntries(res.rows.map((r) => [r.outcome, Number(r.n)]));
  console.log(
    `sign-in abuse, spraying: 110 accounts from one IP, ${by.failed ?? 0} checked, ${by.denied ?? 0} refused`,
  );
  expect(by.failed ?? 0).toBeLessThanOrEqual(100);
  expect(by.denied ?? 0).toBeGreaterThanOrEqual(10);
}, 120_000);

test("an unknown email and a known one with a wrong password get byte-identical answers", async () => {
  const known = world.accounts.therapist.email;
  const unknown = "no-such-person@sec.unknot.test";
  const answer = async (email: string) => {
    const reply = await new Agent(baseURL, "192.0.2.200").callAction(
      signInId,
      [{}, formOf({ email, password: "wrong" })],
      { path: "/sign-in" },
    );
    return { status: reply.status, body: reply.body.replaceAll(email, "EMAIL").replace(/"b":"[^"]*"/, "") };
  };
  expect(await answer(unknown)).toEqual(await answer(known));

  // The Auth.js endpoint answers both the same way too.
  const viaEndpoint = async (email: string) => {
    const agent = new Agent(baseURL, "192.0.2.201");
    const { csrfToken } = JSON.parse((await agent.request("/api/auth/csrf")).body) as { csrfToken: string };
    const reply = await agent.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL },
      body: new URLSearchParams({ csrfToken, email, password: "wrong", callbackUrl: "/" }).toString(),
    });
    return `${reply.status} ${reply.location}`;
  };
  expect(await viaEndpoint(unknown)).toBe(await viaEndpoint(known));
});
