import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { Agent } from "./support/http";
import { PASSWORD, type World } from "./support/world";

const world: World = inject("world");
const baseURL = inject("baseURL");
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

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
