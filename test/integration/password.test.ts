import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, passwordResets } from "@/db/schema";
import { changePassword } from "@/lib/dal/account";
import { getViewer } from "@/lib/dal/internal/viewer";
import { listOutbox } from "@/lib/dal/outbox";
import { checkPasswordReset, requestPasswordReset, resetPassword } from "@/lib/dal/password-reset";
import { verifySignIn } from "@/lib/dal/sign-in";
import { countOf, createPractice, PASSWORD, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

let practice: Awaited<ReturnType<typeof createPractice>>;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  practice = await createPractice("Passwords");
});

/** The reset link of the newest email to `email`, as the outbox holds it for delivery. */
async function resetTokenFor(email: string): Promise<string | null> {
  const db = await testDb();
  const [message] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, email))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return message?.body.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1] ?? null;
}

const emailsTo = (email: string) => countOf(sql`select count(*)::int as n from outbox where to_address = ${email}`);

async function signInFrom(ip: string, email: string, password: string) {
  currentRequest.ip = ip;
  const result = await verifySignIn(email, password);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.claims;
}

describe("password reset", () => {
  it("answers the same for known and unknown emails, and mails a link only to a login", async () => {
    currentRequest.claims = null;
    currentRequest.ip = freshIp();
    const email = practice.frontDesk.email;
    expect(await requestPasswordReset(email)).toEqual({ ok: true });
    expect(await requestPasswordReset("nobody-here@example.test")).toEqual({ ok: true });
    expect(await emailsTo("nobody-here@example.test")).toBe(0);
    const token = await resetTokenFor(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the token's hash is stored.
    const db = await testDb();
    const rows = await db.select().from(passwordResets);
    expect(JSON.stringify(rows)).not.toContain(token!);
  });

  it("sets the new password once, ends every session, and the old password stops working", async () => {
    const email = practice.therapist.email;
    const laptop = await signInFrom(freshIp(), email, PASSWORD);
    currentRequest.claims = null;
    currentRequest.ip = freshIp();
    await requestPasswordReset(email);
    const token = (await resetTokenFor(email))!;
    expect(await checkPasswordReset(token)).toEqual({ state: "valid" });
    expect(await resetPassword(token, "a-brand-new-password-1")).toEqual({ ok: true });
    expect(await checkPasswordReset(token)).toEqual({ state: "used" });
    expect(await resetPassword(token, "yet-another-password-2")).toEqual({ ok: false, code: "reset.used" });

    currentRequest.claims = laptop;
    expect(await getViewer()).toBeNull();
    currentRequest.claims = null;
    currentRequest.ip = freshIp();
    expect(await verifySignIn(email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifySignIn(email, "a-brand-new-password-1")).ok).toBe(true);
  });

  it("refuses an expired link, a superseded one and a made-up one", async () => {
    const email = practice.clientA.login.email;
    currentRequest.ip = freshIp();
    await requestPasswordReset(email);
    const first = (await resetTokenFor(email))!;
    await requestPasswordReset(email);
    const second = (await resetTokenFor(email))!;
    expect(second).not.toBe(first);
    expect(await resetPassword(first, "a-brand-new-password-1")).toEqual({ ok: false, code: "reset.used" });
    const db = await testDb();
    await db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await checkPasswordReset(second)).toEqual({ state: "expired" });
    expect(await resetPassword(second, "a-brand-new-password-1")).toEqual({ ok: false, code: "reset.expired" });
    expect(await resetPassword("D".repeat(43), "a-brand-new-password-1")).toEqual({ ok: false, code: "reset.invalid" });
    expect((await verifySignIn(email, PASSWORD)).ok).toBe(true);
  });

  it("limits requests per email (3 an hour) and per IP (10 an hour), answering the same", async () => {
    const email = practice.clientB.login.email;
    for (let i = 0; i < 5; i++) {
      currentRequest.ip = freshIp();
      expect(await requestPasswordReset(email)).toEqual({ ok: true });
    }
    expect(await emailsTo(email)).toBe(3);
    currentRequest.ip = "192.0.2.99";
    for (let i = 0; i < 12; i++) await requestPasswordReset(`someone-${i}@example.test`);
    expect(await requestPasswordReset(practice.otherTherapist.email)).toEqual({ ok: true });
    expect(await emailsTo(practice.otherTherapist.email)).toBe(0);
  });

  it("never shows a reset link in the outbox, not even to an admin", async () => {
    await signInAs(practice.admin);
    const { messages } = await listOutbox();
    const resets = messages.filter((m) => m.subject === "Reset your Unknot password");
    expect(resets.length).toBeGreaterThan(0);
    for (const message of resets) {
      expect(message.body).not.toMatch(/reset-password\?token=/);
      expect(message.linksHidden).toBe(true);
    }
    currentRequest.claims = null;
  });
});

describe("changing a password", () => {
  it("needs the current password, keeps this session and ends the others", async () => {
    const email = practice.admin.email;
    const phone = await signInFrom(freshIp(), email, PASSWORD);
    const desk = await signInFrom(freshIp(), email, PASSWORD);
    currentRequest.claims = desk;
    expect(await changePassword("not-my-password", "a-brand-new-password-1")).toEqual({
      ok: false,
      code: "account.wrong-password",
    });
    const changed = await changePassword(PASSWORD, "a-brand-new-password-1");
    expect(changed).toMatchObject({ ok: true });
    // The phone's session, and the one the outbox test left open.
    expect(changed.ok && changed.sessionsEnded).toBe(2);
    expect((await getViewer())?.userId).toBe(practice.admin.id);
    currentRequest.claims = phone;
    expect(await getViewer()).toBeNull();
    currentRequest.claims = null;
    currentRequest.ip = freshIp();
    expect(await verifySignIn(email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifySignIn(email, "a-brand-new-password-1")).ok).toBe(true);
  });

  it("counts wrong current passwords towards this source's streak on the account", async () => {
    const claims = await signInFrom("203.0.113.150", practice.otherTherapist.email, PASSWORD);
    currentRequest.claims = claims;
    for (let i = 0; i < 10; i++) await changePassword(`wrong-${i}`, "a-brand-new-password-1");
    expect(await changePassword(PASSWORD, "a-brand-new-password-1")).toEqual({ ok: false, code: "account.locked" });
    currentRequest.claims = null;
  });
});
