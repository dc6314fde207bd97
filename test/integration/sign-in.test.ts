import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/db/client";
import { users } from "@/db/schema";
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

  it("locks an account after 10 consecutive failures, even for the right password, from any IP", async () => {
    const email = practice.otherTherapist.email;
    for (let i = 0; i < 10; i++) {
      currentRequest.ip = freshIp();
      expect(await verifySignIn(email, "nope")).toEqual({ ok: false, reason: "invalid" });
    }
    currentRequest.ip = freshIp();
    expect(await verifySignIn(email, PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("locks unknown emails the same way, so lockout does not reveal existence either", async () => {
    currentRequest.ip = freshIp();
    for (let i = 0; i < 10; i++) await verifySignIn("ghost@example.test", "nope");
    expect(await verifySignIn("ghost@example.test", "nope")).toEqual({ ok: false, reason: "locked" });
  });

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
});
