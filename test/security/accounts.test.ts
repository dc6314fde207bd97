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

const ids = builtActionIds(".");
const acceptClient = ids.get("action app/(auth)/invite/[token]/actions.ts#acceptInvitationAction")!;
const acceptStaff = ids.get("action app/(auth)/invite/staff/[token]/actions.ts#acceptStaffInvitationAction")!;

const sessionCookie = (agent: Agent) => [...agent.cookies].find(([name]) => name.endsWith("authjs.session-token"));

test("signing in over a signed-in browser ends its previous session: the old cookie stops working", async () => {
  const browser = new Agent(baseURL, "198.51.100.231");
  expect(await browser.signIn(world.spare.switcher!.email, PASSWORD)).toBe(true);
  const [name, first] = sessionCookie(browser)!;
  expect((await browser.request("/dashboard")).status).toBe(200);

  expect(await browser.signIn(world.accounts.client.email, PASSWORD)).toBe(true);
  const [, second] = sessionCookie(browser)!;
  expect(second).not.toBe(first);
  // The browser now holds the client's session...
  expect((await browser.request("/portal")).status).toBe(200);
  // ...and a copy of the therapist's cookie no longer opens anything.
  const old = await new Agent(baseURL, "198.51.100.232").request("/dashboard", {
    headers: { cookie: `${name}=${first}` },
  });
  expect(old.status).toBe(307);
  expect(old.location).toContain("/sign-in");
  const ended = await db.query<{ end_reason: string }>(
    "select end_reason from sessions where user_id = $1 order by created_at desc limit 1",
    [world.spare.switcher!.userId],
  );
  expect(ended.rows[0]?.end_reason).toBe("replaced");
});

test("the sign-in form ends the previous session too (the path invitations take after setting a password)", async () => {
  const browser = new Agent(baseURL, "198.51.100.235");
  expect(await browser.signIn(world.spare.switcher!.email, PASSWORD)).toBe(true);
  const [name, first] = sessionCookie(browser)!;
  const signInAction = ids.get("action app/(auth)/sign-in/actions.ts#signInAction")!;
  const reply = await browser.callAction(
    signInAction,
    [{}, formOf({ email: world.accounts.therapist.email, password: PASSWORD })],
    { path: "/sign-in" },
  );
  expect(reply.status).toBeLessThan(400);
  const [, second] = sessionCookie(browser)!;
  expect(second).not.toBe(first);
  const old = await new Agent(baseURL, "198.51.100.236").request("/dashboard", {
    headers: { cookie: `${name}=${first}` },
  });
  expect(old.status).toBe(307);
  expect((await browser.request("/dashboard")).status).toBe(200);
});

test("/api/auth/session tells the browser no ids: only that it has a session and until when", async () => {
  const agent = new Agent(baseURL, "198.51.100.233");
  expect(JSON.parse((await agent.request("/api/auth/session")).body)).toBeNull();
  expect(await agent.signIn(world.accounts.therapist.email, PASSWORD)).toBe(true);
  const reply = await agent.request("/api/auth/session");
  expect(reply.status).toBe(200);
  const session = JSON.parse(reply.body) as Record<string, unknown>;
  expect(Object.keys(session)).toEqual(["expires"]);
  const [user] = (
    await db.query<{ id: string; practice_id: string }>("select id, practice_id from users where email = $1", [
      world.accounts.therapist.email,
    ])
  ).rows;
  expect(reply.body).not.toContain(user!.id);
  expect(reply.body).not.toContain(user!.practice_id);
  expect(reply.body).not.toMatch(/sessionId|userId|practiceId|claims/);
  // The server still knows who is signed in.
  expect((await agent.request("/dashboard")).status).toBe(200);
});

test("accepting invitations is limited per IP: past 20 tries an hour, nothing is looked up or hashed", async () => {
  const ip = "192.0.2.233";
  const messages: string[] = [];
  const started = Date.now();
  for (let i = 0; i < 30; i++) {
    const token = `probe${i}`.padEnd(43, "q");
    const [action, path] = i % 2 ? [acceptStaff, `/invite/staff/${token}`] : [acceptClient, `/invite/${token}`];
    const form = formOf({ password: "a-new-password-2026", confirm: "a-new-password-2026" });
    const reply = await new Agent(baseURL, ip).callAction(action, [token, {}, form], { path });
    expect(reply.status).toBe(200);
    messages.push(/tried too many invitation links/.test(reply.body) ? "limited" : "other");
  }
  console.log(
    `invitation acceptance, one IP: 30 tries in ${Date.now() - started} ms, ${messages.filter((m) => m === "limited").length} refused`,
  );
  expect(messages.slice(0, 20).every((m) => m === "other")).toBe(true);
  expect(messages.slice(20).every((m) => m === "limited")).toBe(true);
  // Another IP is not affected.
  const form = formOf({ password: "a-new-password-2026", confirm: "a-new-password-2026" });
  const other = await new Agent(baseURL, "192.0.2.234").callAction(acceptClient, ["Z".repeat(43), {}, form], {
    path: `/invite/${"Z".repeat(43)}`,
  });
  expect(other.body).toContain("This invitation link is not valid");
});
