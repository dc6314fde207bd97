import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { policy } from "./policy";
import { builtActionIds, discoverEntryPoints, unlisted } from "./support/discover";
import { Agent } from "./support/http";
import { runMatrix } from "./support/matrix";
import { SCOPES, type World } from "./support/world";
import { answerMismatch, changedTables, tableChecksums } from "./support/checks";

const root = path.resolve(".");
const entries = discoverEntryPoints(root);
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

test("every page, route handler and server action has a row in the policy table", () => {
  const { missing, stale } = unlisted(entries, Object.keys(policy));
  expect(missing, "entry points without a policy row (add them to test/security/policy.ts)").toEqual([]);
  expect(stale, "policy rows naming no entry point (remove or rename them)").toEqual([]);
  expect(entries.filter((e) => e.kind === "page").length).toBeGreaterThan(0);
});

test("every server action in the build is one the discovery found (no inline actions slip past)", () => {
  const built = [...builtActionIds(root).keys()];
  const discovered = new Set(entries.filter((e) => e.kind === "action").map((e) => e.key));
  expect(built.filter((k) => !discovered.has(k))).toEqual([]);
});

test("each principal gets exactly what the policy allows on own, same-practice and other-practice objects", async () => {
  const started = Date.now();
  const result = await runMatrix({
    baseURL: inject("baseURL"),
    db,
    world: inject("world"),
    entries,
    policy,
    actionIds: builtActionIds(root),
  });
  console.log(
    `authorization matrix: ${entries.length} entry points, ${result.cells} cells checked in ${result.requests} requests ` +
      `(${result.forged} with a forged middleware header; ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `pages and routes ${result.seconds.pages.toFixed(1)} s, actions ${result.seconds.actions.toFixed(1)} s), ` +
      `${result.leaks.length} leaks, ${result.failures.length} other failures`,
  );
  expect(result.leaks).toEqual([]);
  expect(result.failures).toEqual([]);
  expect(result.cells).toBeGreaterThan(0);
}, 480_000); // 1–2 minutes idle; up to 2.5× that when the machine's two cores are busy

test("the matrix catches a leak: a policy narrower than the app's behaviour fails", async () => {
  const key = "page /clients";
  const narrowed = { [key]: { ...policy[key]!, sees: { therapist: ["own" as const], admin: ["own" as const] } } };
  const result = await runMatrix({
    baseURL: inject("baseURL"),
    db,
    world: inject("world"),
    entries: entries.filter((e) => e.key === key),
    policy: narrowed,
    actionIds: new Map(),
  });
  // The list shows therapist B's client to therapist A: allowed by the real policy, a leak under this one.
  expect(result.leaks.join("\n")).toMatch(/page \/clients as therapist.*leaked .*mkP1clientBrec/);
});

test("reference library items: staff of every practice read them, no one can change them", async () => {
  const world: World = inject("world");
  const id = world.objects.referenceItem!.own.id;
  const name = "Calf stretch";
  // The same item in every scope, here with its name to show (the world keeps it marker-free).
  const reference = Object.fromEntries(SCOPES.map((scope) => [scope, { id, secrets: [name] }]));
  const page = "page /library/[itemId]";
  const update = "action app/(clinician)/library/actions.ts#updateLibraryItemAction";
  const result = await runMatrix({
    baseURL: inject("baseURL"),
    db,
    world: { ...world, objects: { ...world.objects, referenceItem: reference as World["objects"][string] } },
    entries: entries.filter((e) => e.key === page || e.key === update),
    policy: {
      [page]: {
        ...policy[page]!,
        kind: "page",
        params: { itemId: "referenceItem" },
        sees: { therapist: [...SCOPES], admin: [...SCOPES] },
      },
      [update]: { ...policy[update]!, kind: "action", bound: ["referenceItem"], sees: {} } as (typeof policy)[string],
    },
    actionIds: builtActionIds(root),
  });
  expect(result.leaks).toEqual([]);
  expect(result.failures).toEqual([]);
  expect(result.cells).toBeGreaterThan(0);
});

test("an invitation link that is unknown, expired, used or revoked shows a clear page and sets no password", async () => {
  const world: World = inject("world");
  const anonymous = new Agent(inject("baseURL"), "198.51.100.250");
  const accept = builtActionIds(root).get("action app/(auth)/invite/[token]/actions.ts#acceptInvitationAction")!;
  const cases = [
    {
      token: world.objects.expiredInvitation!.own.id,
      page: "This link has expired",
      action: "This invitation link has expired. Ask your therapist for a new one.",
    },
    {
      token: world.objects.usedInvitation!.own.id,
      page: "This link has already been used",
      action: "This invitation link has already been used. Sign in with your email and password instead.",
    },
    {
      token: world.objects.revokedInvitation!.own.id,
      page: "This invitation is no longer valid",
      action:
        "This invitation is no longer valid. Open the latest invitation email, or ask your therapist for a new one.",
    },
    {
      token: "A".repeat(43),
      page: "This link is not valid",
      action: "This invitation link is not valid. Ask your therapist for a new one.",
    },
  ];
  for (const { token, page, action } of cases) {
    const reply = await anonymous.request(`/invite/${token}`);
    expect(reply.status, token).toBe(200);
    expect(reply.body).toContain(page);
    expect(reply.body).not.toContain("Choose a password");
    expect(reply.body).not.toMatch(/mkP\d|ivP\d|exP\d|usP\d/);
    const before = await tableChecksums(db);
    const form = new FormData();
    form.append("password", "a-new-password-2026");
    form.append("confirm", "a-new-password-2026");
    const answer = await anonymous.callAction(accept, [token, {}, form], { path: `/invite/${token}` });
    expect(answerMismatch(answer, "ok", "action")).toBeNull();
    expect(answer.body).toContain(JSON.stringify(action));
    // Only the audit row and the IP's count of acceptance tries (sign_in_limits) may change.
    expect(changedTables(before, await tableChecksums(db), ["audit_events", "sign_in_limits"])).toEqual([]);
  }
  // A valid link shows its form with the invited address.
  const valid = await anonymous.request(`/invite/${world.objects.invitation!.own.id}`);
  expect(valid.status).toBe(200);
  expect(valid.body).toContain(world.objects.invitation!.own.secrets[0]!);
});
