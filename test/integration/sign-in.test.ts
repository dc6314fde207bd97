import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { getViewer } from "@/lib/dal/internal/viewer";
import { verifySignIn } from "@/lib/dal/sign-in";
import { countOf, createPractice, PASSWORD } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

let practice: Awaited<ReturnType<typeof createPractice>>;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  practice = await createPractice("SignIn");
});

describe("sign-in", () => {
  it("answers an unknown email exactly like a wrong password", async () => {
    currentRequest.ip = freshIp();
    const unknown = await verifySignIn("nobody@example.test", "whatever");
    const wrong = await verifySignIn(practice.admin.email, "whatever");
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("lets the right password in after five wrong ones", async () => {
    currentRequest.ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await verifySignIn(practice.therapist.email, "nope")).ok).toBe(false);
    expect((await verifySignIn(practice.therapist.email, PASSWORD)).ok).toBe(true);
  });

  it("refuses a source after 10 failures on an account, while the right password from elsewhere still works", async () => {
    const email = practice.otherTherapist.email;
    currentRequest.ip = "198.51.100.200";
    for (let i = 0; i < 10; i++) expect(await verifySignIn(email, "nope")).toEqual({ ok: false, reason: "invalid" });
    // Source A is refused on this account, even with the right password...
    expect(await verifySignIn(email, PASSWORD)).toEqual({ ok: false, reason: "locked" });
    // ...but the owner at source B signs in: a script at A cannot lock them out.
    currentRequest.ip = freshIp();
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
    // Source A is refused on this account only, not on others.
    currentRequest.ip = "198.51.100.200";
    expect((await verifySignIn(practice.frontDesk.email, PASSWORD)).ok).toBe(true);
    expect(await verifySignIn(email, PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a source on an unknown email the same way, so refusals do not reveal existence either", async () => {
    currentRequest.ip = freshIp();
    for (let i = 0; i < 10; i++) await verifySignIn("ghost@example.test", "nope");
    expect(await verifySignIn("ghost@example.test", "nope")).toEqual({ ok: false, reason: "locked" });
  });

  it("slows an account past 20 failures from many sources, but never locks its owner out", async () => {
    const email = practice.clientB.login.email;
    // The owner signed in from home before the attack.
    currentRequest.ip = "203.0.113.77";
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
    // Twenty sources, two failures each: no source reaches its own streak limit.
    for (let i = 0; i < 40; i++) {
      currentRequest.ip = `192.0.2.${10 + (i % 20)}`;
      await verifySignIn(email, "nope");
    }
    // Past the ceiling, a new source gets one checked attempt per interval; the next is refused unchecked.
    currentRequest.ip = freshIp();
    const checked = await verifySignIn(email, "nope");
    const refused = await verifySignIn(email, PASSWORD);
    expect([checked, refused]).toContainEqual({ ok: false, reason: "slowed" });
    // An unknown email is slowed the same way.
    for (let i = 0; i < 25; i++) {
      currentRequest.ip = `192.0.2.${60 + i}`;
      await verifySignIn("ghost-slow@example.test", "nope");
    }
    currentRequest.ip = freshIp();
    const ghost = [
      await verifySignIn("ghost-slow@example.test", "nope"),
      await verifySignIn("ghost-slow@example.test", "nope"),
    ];
    expect(ghost).toContainEqual({ ok: false, reason: "slowed" });
    // The owner at home is not slowed at all...
    currentRequest.ip = "203.0.113.77";
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
    // ...and from a new place waits one interval (at most a minute; here a few seconds), then gets in.
    currentRequest.ip = freshIp();
    let result = await verifySignIn(email, PASSWORD);
    const started = Date.now();
    while (!result.ok && Date.now() - started < 20_000) {
      expect(result).toEqual({ ok: false, reason: "slowed" });
      await new Promise((resolve) => setTimeout(resolve, 500));
      result = await verifySignIn(email, PASSWORD);
    }
    expect(result.ok).toBe(true);
  }, 60_000);

  it("counts failures as consecutive: a success resets them", async () => {
    currentRequest.ip = freshIp();
    const email = practice.clientA.login.email;
    for (let i = 0; i < 9; i++) await verifySignIn(email, "nope");
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 9; i++) await verifySignIn(email, "nope");
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
  });

  it("blocks an IP after 100 failures across many accounts", async () => {
    currentRequest.ip = "192.0.2.77";
    for (let i = 0; i < 100; i++) await verifySignIn(`spray-${i}@example.test`, "nope");
    expect(await verifySignIn(practice.clientB.login.email, PASSWORD)).toEqual({ ok: false, reason: "locked" });
    currentRequest.ip = freshIp();
    expect((await verifySignIn(practice.clientB.login.email, PASSWORD)).ok).toBe(true);
  }, 60_000);

  it("keeps its counters in the database on PostgreSQL, shared by every app server", async () => {
    const database = await getDatabase();
    if (database.engine !== "postgres") return expect(database.engine).toBe("pglite");
    currentRequest.ip = freshIp();
    const before = await countOf(sql`select count(*)::int as n from sign_in_limits`);
    await verifySignIn("counted@example.test", "nope");
    expect(await countOf(sql`select count(*)::int as n from sign_in_limits`)).toBeGreaterThan(before);
  });

  it("refuses a disabled account with the same answer as a wrong password", async () => {
    const { db } = await getDatabase();
    await db.update(users).set({ disabled: true }).where(eq(users.id, practice.admin.id));
    try {
      currentRequest.ip = freshIp();
      expect(await verifySignIn(practice.admin.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    } finally {
      await db.update(users).set({ disabled: false }).where(eq(users.id, practice.admin.id));
    }
  });

  it("ends the browser's previous session when someone signs in over it", async () => {
    currentRequest.ip = freshIp();
    const first = await verifySignIn(practice.therapist.email, PASSWORD);
    if (!first.ok) throw new Error("first sign-in failed");
    currentRequest.claims = first.claims;
    expect((await getViewer())?.userId).toBe(practice.therapist.id);

    const second = await verifySignIn(practice.clientA.login.email, PASSWORD, first.claims);
    if (!second.ok) throw new Error("second sign-in failed");
    // The old cookie's claims no longer resolve to anyone; the new ones do.
    currentRequest.claims = first.claims;
    expect(await getViewer()).toBeNull();
    currentRequest.claims = second.claims;
    expect((await getViewer())?.userId).toBe(practice.clientA.login.id);
    currentRequest.claims = null;

    const { db } = await getDatabase();
    const [old] = await db.select().from(sessions).where(eq(sessions.id, first.claims.sessionId));
    expect(old).toMatchObject({ endReason: "replaced" });
    expect(old!.endedAt).not.toBeNull();
  });

  it("leaves the previous session alone when the new sign-in fails", async () => {
    currentRequest.ip = freshIp();
    const first = await verifySignIn(practice.therapist.email, PASSWORD);
    if (!first.ok) throw new Error("first sign-in failed");
    expect((await verifySignIn(practice.clientA.login.email, "nope", first.claims)).ok).toBe(false);
    currentRequest.claims = first.claims;
    expect((await getViewer())?.userId).toBe(practice.therapist.id);
    currentRequest.claims = null;
  });
});
