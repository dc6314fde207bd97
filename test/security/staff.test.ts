import { createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { STAFF_INVITATION_GONE } from "@/components/settings/staff-messages";
import { policy, type ActionRule } from "./policy";
import { answerMismatch, changedTables, deniedAuditRows, lastAuditId, tableChecksums } from "./support/checks";
import { builtActionIds } from "./support/discover";
import { actionArgs, Agent, formOf } from "./support/http";
import { PASSWORD, type Principal, type World } from "./support/world";

// Running the practice, where the matrix's cells do not reach: staff invitation links that cannot
// be used, one that creates a login (with a forged role beside it), the outbox's links (the
// admin's alone), and the admin's own practice as the only one their actions change.
const world: World = inject("world");
const baseURL = inject("baseURL");
const ids = builtActionIds(path.resolve("."));
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

const [practiceOne, practiceTwo] = world.practices as [World["practices"][0], World["practices"][0]];
const STAFF_ACTIONS = "action app/(clinician)/settings/staff/actions.ts";
const ACCEPT = "action app/(auth)/invite/staff/[token]/actions.ts#acceptStaffInvitationAction";
const NEW_PASSWORD = "a-new-staff-password-2026";
/** A refused acceptance writes its audit row and counts against the caller's IP (sign_in_limits). */
const ACCEPT_MAY_WRITE = ["audit_events", "sign_in_limits"];

let ip = 0;
async function agentOf(principal: Principal): Promise<Agent> {
  const agent = new Agent(baseURL, `192.0.2.${225 + (ip++ % 25)}`);
  if (principal !== "anonymous") expect(await agent.signIn(world.accounts[principal].email, PASSWORD)).toBe(true);
  return agent;
}

async function call(agent: Agent, key: string, bound: unknown[], fields: Record<string, string>) {
  const rule = policy[key] as ActionRule;
  return agent.callAction(ids.get(key)!, actionArgs(rule, bound, formOf(fields)), { path: rule.path });
}

/** Invites someone as practice 1's admin, the way the staff page does; the link as the outbox holds it. */
async function invite(admin: Agent, email: string) {
  const reply = await call(admin, `${STAFF_ACTIONS}#inviteStaffAction`, [], {
    email,
    displayName: "Checked Invitee",
    role: "therapist",
  });
  expect(answerMismatch(reply, "ok", "action")).toBeNull();
  const res = await db.query<{ body: string }>(
    "select body from outbox where to_address = $1 order by created_at desc limit 1",
    [email],
  );
  return /\/invite\/staff\/([A-Za-z0-9_-]+)/.exec(res.rows[0]!.body)![1]!;
}

/** A staff invitation of practice 1 written straight to the table, closed in one way or another. */
async function closedInvitation(closed: "expired" | "used" | "revoked") {
  const token = randomBytes(32).toString("base64url");
  const hour = 3_600_000;
  await db.query(
    `insert into staff_invitations (practice_id, email, display_name, role, token_hash, expires_at, used_at, revoked_at, created_by)
     values ($1, $2, 'Closed Invitee', 'therapist', $3, $4, $5, $6, $7)`,
    [
      practiceOne.id,
      `${closed}.${randomUUID().slice(0, 8)}@sec.unknot.test`,
      createHash("sha256").update(token).digest("hex"),
      new Date(Date.now() + (closed === "expired" ? -hour : hour)),
      closed === "used" ? new Date() : null,
      closed === "revoked" ? new Date() : null,
      world.accounts.admin.userId,
    ],
  );
  return token;
}

test("a staff invitation link that is unknown, expired, used, revoked or taken shows a clear page and sets no password", async () => {
  const anonymous = await agentOf("anonymous");
  const cases = [
    { token: "A".repeat(43), state: "invalid" as const },
    { token: await closedInvitation("expired"), state: "expired" as const },
    { token: await closedInvitation("used"), state: "used" as const },
    { token: await closedInvitation("revoked"), state: "revoked" as const },
    // An address that already has a login (a staff login of the world).
    { token: world.objects.takenStaffInvite!.own.id, state: "taken" as const },
  ];
  for (const { token, state } of cases) {
    const page = await anonymous.request(`/invite/staff/${token}`);
    expect(page.status, state).toBe(200);
    expect(page.body, state).toContain(STAFF_INVITATION_GONE[state].title);
    expect(page.body, state).not.toContain("Set password and sign in");
    expect(page.body, state).not.toMatch(/mkP\d|s[fd]P\d|isP\d|@sec\.unknot\.test/);
    const before = await tableChecksums(db);
    const reply = await call(anonymous, ACCEPT, [token], { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(answerMismatch(reply, "ok", "action"), state).toBeNull();
    expect(reply.body, state).toContain(JSON.stringify(STAFF_INVITATION_GONE[state].text));
    expect(changedTables(before, await tableChecksums(db), ACCEPT_MAY_WRITE), state).toEqual([]);
  }
});

test("a staff invitation creates the login it names, whatever role or practice the form adds", async () => {
  const admin = await agentOf("admin");
  const email = `accepted.${randomUUID().slice(0, 8)}@sec.unknot.test`;
  const token = await invite(admin, email);
  const invitee = await agentOf("anonymous");
  const reply = await call(invitee, ACCEPT, [token], {
    password: NEW_PASSWORD,
    confirm: NEW_PASSWORD,
    role: "admin",
    practiceId: practiceTwo.id,
    displayName: "Forged Name",
  });
  expect(answerMismatch(reply, { redirect: "/dashboard" }, "action")).toBeNull();
  const user = (
    await db.query<{ id: string; role: string; practice_id: string; display_name: string }>(
      "select id, role, practice_id, display_name from users where email = $1",
      [email],
    )
  ).rows[0]!;
  expect(user).toMatchObject({ role: "therapist", practice_id: practiceOne.id, display_name: "Checked Invitee" });
  // The login signs in with the password the link set, and lands on the staff's start page.
  const again = new Agent(baseURL, "192.0.2.250");
  expect(await again.signIn(email, NEW_PASSWORD)).toBe(true);
  expect((await again.request("/dashboard")).status).toBe(200);
  // Used once: the same link again is refused and writes nothing.
  const before = await tableChecksums(db);
  const reused = await call(await agentOf("anonymous"), ACCEPT, [token], {
    password: NEW_PASSWORD,
    confirm: NEW_PASSWORD,
  });
  expect(reused.body).toContain(JSON.stringify(STAFF_INVITATION_GONE.used.text));
  expect(changedTables(before, await tableChecksums(db), ACCEPT_MAY_WRITE)).toEqual([]);
});

test("the outbox shows an email's link to the practice's admin only: never a token to a therapist or the front desk", async () => {
  const admin = await agentOf("admin");
  const token = await invite(admin, `outbox.${randomUUID().slice(0, 8)}@sec.unknot.test`);
  // Every invitation link the world emailed, either practice's: no one but the admin sees one.
  const seeded = (kind: string, scopes: Array<"own" | "samePractice" | "otherPractice">) =>
    scopes.map((scope) => world.objects[kind]![scope].id);
  const own = [
    token,
    ...seeded("invitation", ["own", "samePractice"]),
    ...seeded("staffInviteLink", ["own", "samePractice"]),
  ];
  const foreign = [...seeded("invitation", ["otherPractice"]), ...seeded("staffInviteLink", ["otherPractice"])];
  const anyLink = /\/(?:invite(?:\/staff)?|book\/manage)\/[A-Za-z0-9_.-]{20,}/;

  const adminView = await admin.request("/outbox");
  expect(adminView.status).toBe(200);
  expect(adminView.body, "the admin sees a link waiting to be passed on").toContain(`/invite/staff/${token}`);
  for (const secret of foreign) expect(adminView.body).not.toContain(secret);
  for (const principal of ["therapist", "frontdesk"] as const) {
    const reply = await (await agentOf(principal)).request("/outbox");
    expect(reply.status, principal).toBe(200);
    expect(reply.body, principal).toContain("[link hidden]");
    expect(reply.body, principal).not.toMatch(anyLink);
    for (const secret of [...own, ...foreign]) expect(reply.body, principal).not.toContain(secret);
  }
});

test("an admin's staff actions refuse a client's login, and a save changes only the admin's own practice", async () => {
  const admin = await agentOf("admin");
  const clientLogin = world.accounts.client.userId;
  for (const [name, fields] of [
    ["disableUserAction", {}],
    ["endSessionsAction", {}],
    ["changeRoleAction", { role: "admin" }],
  ] as const) {
    const before = await tableChecksums(db);
    const since = await lastAuditId(db);
    const reply = await call(admin, `${STAFF_ACTIONS}#${name}`, [clientLogin], fields);
    expect(answerMismatch(reply, "not-found", "action"), name).toBeNull();
    expect(changedTables(before, await tableChecksums(db), ["audit_events"]), name).toEqual([]);
    expect(await deniedAuditRows(db, since, world.accounts.admin.userId, ["staff.manage"]), name).toBeGreaterThan(0);
  }

  const practices = async () =>
    (
      await db.query<{ id: string; phone: string | null; json: string }>(
        "select id, phone, row_to_json(p)::text as json from practices p where id = any($1) order by id",
        [[practiceOne.id, practiceTwo.id]],
      )
    ).rows;
  const seeded = await practices();
  const save = "action app/(clinician)/settings/practice/actions.ts#savePracticeSettingsAction";
  const form = (policy[save] as ActionRule).form({ world, principal: "admin", target: {} });
  try {
    const reply = await call(admin, save, [], { ...form, phone: "+44 20 7946 0555", practiceId: practiceTwo.id });
    expect(answerMismatch(reply, "ok", "action")).toBeNull();
    const after = await practices();
    expect(after.find((p) => p.id === practiceOne.id)!.phone).toBe("+44 20 7946 0555");
    expect(after.find((p) => p.id === practiceTwo.id)!.json).toBe(seeded.find((p) => p.id === practiceTwo.id)!.json);
  } finally {
    const phone = seeded.find((p) => p.id === practiceOne.id)!.phone;
    await db.query("update practices set phone = $1 where id = $2", [phone, practiceOne.id]);
  }
});
