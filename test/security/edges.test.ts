import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { policy, type ActionRule } from "./policy";
import { builtActionIds, discoverEntryPoints } from "./support/discover";
import { Agent, encodeReply, formOf } from "./support/http";
import { rawRequest } from "./support/raw";
import { startServer } from "./support/server";
import { PASSWORD, type World } from "./support/world";

/**
 * What the app's server entry (server.mjs) guards for every request, whatever proxy.ts's matcher
 * skips: prefetch and RSC requests still get the CSP, bad paths and bodies over the limit
 * (also chunked, without Content-Length) a 4xx, methods the app does not serve 405 or 501, and
 * the address audited is the socket's unless trusted proxies are configured.
 */
const world: World = inject("world");
const baseURL = inject("baseURL");
const databaseUrl = inject("databaseUrl");
const db = new Client({ connectionString: databaseUrl });
beforeAll(() => db.connect());
afterAll(() => db.end());

const entries = discoverEntryPoints(path.resolve("."));
const pages = entries.filter((e) => e.kind === "page");
const actionIds = builtActionIds(".");
const urlOf = (pattern: string) => pattern.replace(/\[[^\]]+\]/g, world.objects.client!.own.id);
const digest = /:E\{"digest":"\d+"/;

/** The headers with which Next's router (or a browser) prefetches: proxy.ts once skipped them. */
const PREFETCH: Record<string, string>[] = [
  { purpose: "prefetch" },
  { "next-router-prefetch": "1" },
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1", purpose: "prefetch" },
];

async function signedIn(email: string, ip: string): Promise<Agent> {
  const agent = new Agent(baseURL, ip);
  expect(await agent.signIn(email, PASSWORD)).toBe(true);
  return agent;
}

test("every page fetched as a prefetch or RSC request carries the CSP on its HTML, and never answers a 500", async () => {
  const failures: string[] = [];
  let tried = 0;
  const agents = {
    anonymous: new Agent(baseURL, "198.51.100.40"),
    client: await signedIn(world.accounts.client.email, "198.51.100.41"),
    therapist: await signedIn(world.accounts.therapist.email, "198.51.100.42"),
  };
  for (const [who, agent] of Object.entries(agents))
    for (const page of pages)
      for (const headers of PREFETCH) {
        tried++;
        const url = urlOf(page.pattern);
        const reply = await agent.request(url, { headers });
        const label = `${url} as ${who} with ${Object.keys(headers).join("+")} (${reply.status})`;
        if (reply.status >= 500 || digest.test(reply.body)) failures.push(`${label}: server error`);
        const html = /text\/html/.test(reply.headers.get("content-type") ?? "");
        const scriptSrc = /script-src ([^;]*)/.exec(reply.headers.get("content-security-policy") ?? "")?.[1] ?? "";
        if (html && !/'nonce-[A-Za-z0-9+/=]+'/.test(scriptSrc)) failures.push(`${label}: HTML without the nonce CSP`);
        if (reply.headers.get("x-content-type-options") !== "nosniff") failures.push(`${label}: no nosniff`);
      }
  console.log(`prefetch and RSC requests: ${tried} tried, ${failures.length} failures`);
  expect(failures).toEqual([]);
}, 300_000);

test("methods the app does not serve answer 405 or 501 on every page and route, never a 500", async () => {
  const refused = ["TRACE", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH"];
  const unserved = ["PUT", "PATCH", "DELETE"];
  const paths = [
    ...pages.map((p) => urlOf(p.pattern)),
    "/api/auth/session",
    "/api/auth/callback/credentials",
    "/_next/static/x.js",
    "/favicon.ico",
  ];
  const failures: string[] = [];
  for (const url of paths) {
    for (const method of [...refused, ...unserved]) {
      const reply = await rawRequest(baseURL, url, { method });
      if (![405, 501].includes(reply.status)) failures.push(`${method} ${url}: ${reply.status}`);
    }
    // Node's HTTP parser knows no TRACK: it answers 400 before the app sees the request.
    const track = await rawRequest(baseURL, url, { method: "TRACK" });
    if (track.status !== 400) failures.push(`TRACK ${url}: ${track.status}`);
    // Methods the app does serve may answer anything but a server error.
    for (const method of ["OPTIONS", "HEAD"]) {
      const reply = await rawRequest(baseURL, url, { method });
      if (reply.status >= 500 || reply.status === 0) failures.push(`${method} ${url}: ${reply.status}`);
    }
  }
  expect(failures).toEqual([]);
}, 180_000);

test("Auth.js's error page is not a 500 for any error it names", async () => {
  for (const error of ["Configuration", "AccessDenied", "Verification", "Default", "<script>", ""]) {
    const reply = await new Agent(baseURL).request(`/api/auth/error?error=${encodeURIComponent(error)}`);
    expect(reply.status, error).toBeLessThan(500);
  }
});

test("a bad path and an over-limit body are refused with or without the prefetch headers", async () => {
  for (const headers of [{}, ...PREFETCH]) {
    const label = Object.keys(headers).join("+") || "plain";
    const agent = new Agent(baseURL, "198.51.100.43");
    expect((await agent.request("/clients/%ED%A0%80", { headers })).status, label).toBe(400);
    expect((await agent.request("/%E0%A4%A", { headers })).status, label).toBe(400);
    const big = await agent.request("/sign-in", {
      method: "POST",
      headers: { ...headers, "next-action": actionIds.values().next().value!, "content-type": "text/plain" },
      body: "z".repeat(1_100_000),
    });
    expect(big.status, label).toBe(413);
  }
});

test("a 2 MiB body sent chunked, without Content-Length, is refused with 413 by every action and route", async () => {
  const failures: string[] = [];
  const targets = [
    ...entries
      .filter((e) => e.kind === "action" && policy[e.key])
      .map((e) => ({
        label: e.key,
        path: (policy[e.key] as ActionRule).path,
        headers: { "next-action": actionIds.get(e.key)!, "content-type": "text/plain;charset=UTF-8" },
      })),
    {
      label: "POST /api/auth/callback/credentials",
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    },
  ];
  for (const target of targets) {
    const reply = await rawRequest(baseURL, target.path, {
      method: "POST",
      headers: { ...target.headers, origin: baseURL, "x-forwarded-for": "198.51.100.44" },
      chunks: 32,
      chunkSize: 64 * 1024,
    });
    if (reply.status !== 413) failures.push(`${target.label}: ${reply.status}`);
  }
  expect(failures).toEqual([]);
}, 180_000);

test("a body within the limit sent chunked reaches the action whole", async () => {
  // The sign-in form's action, as a client whose proxy streams the body: it answers like any other.
  const id = actionIds.get("action app/(auth)/sign-in/actions.ts#signInAction")!;
  const form = formOf({ email: "chunked@sec.unknot.test", password: "wrong" });
  const encoded = new Response((await encodeReply([{}, form])) as FormData);
  const reply = await rawRequest(baseURL, "/sign-in", {
    method: "POST",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": encoded.headers.get("content-type")!,
      origin: baseURL,
      "x-forwarded-for": "198.51.100.45",
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatch(/"formError":"[^"]+"/);
});

test("with no trusted proxy (TRUSTED_PROXY_HOPS=0), a forged X-Forwarded-For does not change the audited IP", async () => {
  // Files run one at a time, so the crash test's port is free here.
  const server = await startServer({
    port: Number(process.env.SECURITY_CRASH_PORT ?? 3203),
    databaseUrl,
    env: { UNKNOT_JOBS: "off", TRUSTED_PROXY_HOPS: "0" },
  });
  try {
    const id = actionIds.get("action app/(auth)/sign-in/actions.ts#signInAction")!;
    const forged = ["203.0.113.66", "203.0.113.66, 203.0.113.67", "unknown", "::1"];
    for (const [i, xff] of forged.entries()) {
      const email = `forged-ip-${i}@sec.unknot.test`;
      // The suite's agent sends X-Forwarded-For itself: here it plays the attacker.
      const agent = new Agent(server.baseURL, xff);
      const reply = await agent.callAction(id, [{}, formOf({ email, password: "wrong" })], {
        path: "/sign-in",
        headers: { "x-unknot-peer": "203.0.113.68" },
      });
      expect(reply.status).toBe(200);
      const audited = await db.query<{ ip: string }>(
        "select ip from audit_events where action = 'auth.sign_in' and detail->>'email' = $1",
        [email],
      );
      expect(audited.rows.map((r) => r.ip)).toEqual(["127.0.0.1"]);
    }
  } finally {
    await server.stop();
  }
  // The suite's own server trusts one proxy (the agents): the last entry is the address seen.
  const email = "one-proxy@sec.unknot.test";
  await new Agent(baseURL, "203.0.113.69, 198.51.100.46").callAction(
    actionIds.get("action app/(auth)/sign-in/actions.ts#signInAction")!,
    [{}, formOf({ email, password: "wrong" })],
    { path: "/sign-in" },
  );
  const audited = await db.query<{ ip: string }>(
    "select ip from audit_events where action = 'auth.sign_in' and detail->>'email' = $1",
    [email],
  );
  expect(audited.rows.map((r) => r.ip)).toEqual(["198.51.100.46"]);
}, 120_000);
