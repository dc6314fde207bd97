import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { policy } from "./policy";
import { builtActionIds, discoverEntryPoints } from "./support/discover";
import { Agent, formOf } from "./support/http";
import { PASSWORD, PRINCIPALS, type World } from "./support/world";

const world: World = inject("world");
const baseURL = inject("baseURL");
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());
const pages = discoverEntryPoints(path.resolve(".")).filter((e) => e.kind === "page");
const signOutId = builtActionIds(".").get("action app/(auth)/sign-out-action.ts#signOutAction")!;

async function signedIn(email: string): Promise<Agent> {
  const agent = new Agent(baseURL, "192.0.2.150");
  expect(await agent.signIn(email, PASSWORD)).toBe(true);
  return agent;
}

test("every page carries the security headers, for every principal", async () => {
  let checked = 0;
  for (const principal of PRINCIPALS) {
    const agent = principal === "anonymous" ? new Agent(baseURL) : await signedIn(world.accounts[principal].email);
    for (const page of pages) {
      const url = page.pattern.replace(/\[[^\]]+\]/g, world.objects.client!.own.id);
      const reply = await agent.request(url);
      const csp = reply.headers.get("content-security-policy") ?? "";
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      const label = `${url} as ${principal} (${reply.status})`;
      expect(scriptSrc, label).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scriptSrc, label).not.toContain("'unsafe-inline'");
      expect(csp, label).toContain("frame-ancestors 'none'");
      expect(csp, label).toContain("object-src 'none'");
      expect(reply.headers.get("x-content-type-options"), label).toBe("nosniff");
      expect(reply.headers.get("referrer-policy"), label).toBe("strict-origin-when-cross-origin");
      expect(reply.headers.get("strict-transport-security"), label).toMatch(/max-age=\d{8,}/);
      expect(reply.headers.get("x-powered-by"), label).toBeNull();
      checked++;
    }
  }
  expect(checked).toBe(PRINCIPALS.length * pages.length);
});

test("responses that carry client data are never cacheable", async () => {
  const staff = await signedIn(world.accounts.therapist.email);
  const client = await signedIn(world.accounts.client.email);
  const admin = await signedIn(world.accounts.admin.email);
  const withData = [
    { agent: staff, url: "/clients" },
    { agent: staff, url: `/clients/${world.objects.client!.own.id}` },
    { agent: client, url: "/portal" },
    { agent: client, url: "/api/auth/session" },
    { agent: staff, url: "/library" },
    { agent: staff, url: "/outbox" },
    // A valid invitation link names the invited address, to whoever holds it.
    { agent: new Agent(baseURL, "198.51.100.251"), url: `/invite/${world.objects.invitation!.own.id}` },
    { agent: staff, url: "/dashboard" },
    { agent: staff, url: "/calendar" },
    { agent: staff, url: "/settings/availability" },
    // The practice's staff (names, addresses, invitations) and its settings, for its admin.
    { agent: admin, url: "/settings/staff" },
    { agent: admin, url: "/settings/practice" },
    // A valid staff invitation link names the invited person and address, like a client's.
    { agent: new Agent(baseURL, "198.51.100.254"), url: `/invite/staff/${world.objects.staffInviteLink!.own.id}` },
    // The emailed link to a booking shows the booking; the public booking page, the free times.
    { agent: new Agent(baseURL, "198.51.100.252"), url: `/book/manage/${world.objects.manageLink!.own.id}` },
    { agent: new Agent(baseURL, "198.51.100.253"), url: `/book/${world.objects.practice!.own.id}` },
    // The link in a homework reminder: the practice's name and whether that client's reminders are on.
    {
      agent: new Agent(baseURL, "198.51.100.249"),
      url: `/reminders/unsubscribe/${world.objects.reminderLink!.own.id}`,
    },
  ];
  for (const { agent, url } of withData) {
    const reply = await agent.request(url);
    expect(reply.status, url).toBe(200);
    expect(reply.headers.get("cache-control"), url).toMatch(/no-store/);
    expect(reply.headers.get("cache-control"), url).toMatch(/private|no-cache/);
  }
  // The policy table is the list of what shows client data; this test must see each such page.
  const dataPages = Object.entries(policy).filter(
    ([k, r]) => k.startsWith("page ") && Object.keys(r.sees ?? {}).length,
  );
  for (const [key] of dataPages)
    expect(
      withData.some((d) => key.includes(d.url.split("/")[1]!)),
      key,
    ).toBe(true);
});

test("after sign-out, replaying the old cookie gets nothing", async () => {
  const agent = await signedIn(world.spare.signOutReplay!.email);
  const oldCookie = agent.cookieHeader();
  expect((await agent.request("/clients")).status).toBe(200);
  await agent.callAction(signOutId, [formOf({})], { path: "/clients" });
  const replay = new Agent(baseURL);
  const reply = await replay.request("/clients", { headers: { cookie: oldCookie } });
  expect(reply.status).toBe(307);
  expect(reply.location).toBe("/sign-in");
  expect(reply.body).not.toContain("mkP1clientArec");
});

test("signing out through the Auth.js endpoint also ends the server-side session", async () => {
  const agent = await signedIn(world.accounts.admin.email);
  const oldCookie = agent.cookieHeader();
  const { csrfToken } = JSON.parse((await agent.request("/api/auth/csrf")).body) as { csrfToken: string };
  await agent.request("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL },
    body: new URLSearchParams({ csrfToken }).toString(),
  });
  const reply = await new Agent(baseURL).request("/clients", { headers: { cookie: oldCookie } });
  expect(reply.status).toBe(307);
  expect(reply.body).not.toContain("mkP1clientArec");
});

test("a disabled account is refused on its very next request, and the end is audited", async () => {
  const spare = world.spare.disabledLater!;
  const agent = await signedIn(spare.email);
  expect((await agent.request("/clients")).status).toBe(200);
  await db.query("update users set disabled = true where id = $1", [spare.userId]);
  const reply = await agent.request("/clients");
  expect(reply.status).toBe(307);
  expect(reply.location).toBe("/sign-in");
  const audit = await db.query("select detail from audit_events where actor_id = $1 and action = 'auth.session_end'", [
    spare.userId,
  ]);
  expect(audit.rows.map((r) => r.detail)).toEqual([{ reason: "revoked" }]);
  expect(await new Agent(baseURL).signIn(spare.email, PASSWORD)).toBe(false);
});
