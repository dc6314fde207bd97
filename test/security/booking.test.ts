import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { BOOKING_MESSAGES } from "@/components/booking/booking-messages";
import { policy, type ActionRule } from "./policy";
import { answerMismatch, changedTables, deniedAuditRows, lastAuditId, tableChecksums } from "./support/checks";
import { builtActionIds } from "./support/discover";
import { actionArgs, Agent, formOf } from "./support/http";
import { PASSWORD, PRINCIPALS, type Principal, type World } from "./support/world";
import { consultationForm } from "./support/world-booking";

// Booking's cases the matrix's cells do not reach: a value the page binds that is not an id,
// links that must no longer work, and an object named in a query string the page ignores.
const world: World = inject("world");
const baseURL = inject("baseURL");
const ids = builtActionIds(path.resolve("."));
const db = new Client({ connectionString: inject("databaseUrl") });
beforeAll(() => db.connect());
afterAll(() => db.end());

let ip = 0;
async function agentOf(principal: Principal): Promise<Agent> {
  const agent = new Agent(baseURL, `192.0.2.${170 + (ip++ % 50)}`);
  if (principal !== "anonymous") expect(await agent.signIn(world.accounts[principal].email, PASSWORD)).toBe(true);
  return agent;
}

test("a new appointment type (the page binds null): the admin adds one, no one else can", async () => {
  const key = "action app/(clinician)/settings/availability/actions.ts#saveAppointmentTypeAction";
  const rule = policy[key] as ActionRule;
  // Not offered anywhere (inactive), so the other tests' booking pages stay as they were.
  const form = formOf({ ...consultationForm(1), name: "Matrix type", bookableOnline: "", active: "" });
  for (const principal of PRINCIPALS) {
    const agent = await agentOf(principal);
    const before = await tableChecksums(db);
    const since = await lastAuditId(db);
    const reply = await agent.callAction(ids.get(key)!, actionArgs(rule, [null], form), { path: rule.path });
    const changed = changedTables(before, await tableChecksums(db), ["audit_events"]);
    if (principal === "admin") {
      expect(answerMismatch(reply, "ok", "action")).toBeNull();
      expect(changed).toEqual(["appointment_types"]);
      continue;
    }
    expect(answerMismatch(reply, principal === "anonymous" ? "sign-in" : "not-found", "action"), principal).toBeNull();
    expect(changed, principal).toEqual([]);
    if (principal !== "anonymous") {
      const audited = await deniedAuditRows(db, since, world.accounts[principal].userId, ["booking.settings"]);
      expect(audited, principal).toBeGreaterThan(0);
    }
  }
});

test("a manage link that is forged, from before a change or expired shows its own page and changes nothing", async () => {
  const valid = world.objects.manageLink!.own;
  const signature = valid.id.slice(-43);
  const forged = `${valid.id.slice(0, -43)}${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
  const links = { forged, stale: valid.data!.stale!, expired: valid.data!.expired!, unknown: "x".repeat(80) };
  const anonymous = await agentOf("anonymous");
  const actions = ["cancelAction", "rescheduleAction"].map((name) => {
    const key = `action app/book/manage/[token]/actions.ts#${name}`;
    return { key, rule: policy[key] as ActionRule };
  });
  for (const [what, token] of Object.entries(links)) {
    const page = await anonymous.request(`/book/manage/${token}`);
    expect(page.status, what).toBe(200);
    expect(page.body, what).toContain("This link is no longer valid");
    expect(page.body, what).not.toContain(valid.secrets[0]!);
    for (const { key, rule } of actions) {
      const before = await tableChecksums(db);
      const form = formOf(rule.form({ world, principal: "anonymous", target: { manageLink: valid.id } }));
      const reply = await anonymous.callAction(ids.get(key)!, actionArgs(rule, [token], form), { path: rule.path });
      expect(answerMismatch(reply, "ok", "action"), `${key} with the ${what} link`).toBeNull();
      expect(reply.body, `${key} with the ${what} link`).toContain(
        JSON.stringify(BOOKING_MESSAGES["booking.link-invalid"]),
      );
      expect(changedTables(before, await tableChecksums(db), ["audit_events"]), `${key} ${what}`).toEqual([]);
    }
  }
  // The link itself still works.
  const page = await anonymous.request(`/book/manage/${valid.id}`);
  expect(page.body).toContain(valid.secrets[0]!);
});

test("booking for a client named in the address finds only clients of the caller's own practice, never a 500", async () => {
  const other = world.objects.client!.otherPractice;
  const own = world.objects.client!.own;
  for (const principal of ["frontdesk", "therapist", "admin"] as const) {
    const agent = await agentOf(principal);
    const foreign = await agent.request(`/calendar/new?client=${other.id}`);
    expect(foreign.status, principal).toBe(200);
    for (const secret of [...world.foreignSecrets, ...other.secrets])
      expect(foreign.body, principal).not.toContain(secret);
    const mine = await agent.request(`/calendar/new?client=${own.id}`);
    expect(mine.body, principal).toContain(own.secrets[0]!);
    // An id of the right length that is no uuid names no one either.
    for (const odd of ["0".repeat(36), "-".repeat(36), "x"]) {
      const reply = await agent.request(`/calendar/new?client=${odd}`);
      expect(reply.status, `${principal} ${odd}`).toBe(200);
    }
  }
});
