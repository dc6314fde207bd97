import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { outbox } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { ACCEPTANCES_PER_IP_HOUR } from "@/lib/dal/internal/invitation-limiter";
import { acceptInvitation, inviteClient } from "@/lib/dal/invitations";
import { acceptStaffInvitation, inviteStaff } from "@/lib/dal/staff-invitations";
import { countOf, createPractice, newClient, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

// Counts the argon2 hashes the DAL makes, still making them.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const NEW_PASSWORD = "a-long-new-password-2026";
let practice: Awaited<ReturnType<typeof createPractice>>;

async function linkTo(email: string, path: "/invite/" | "/invite/staff/") {
  const db = await testDb();
  const [message] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, email))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return message!.body.match(new RegExp(`${path.replaceAll("/", "\\/")}([A-Za-z0-9_-]+)`))![1]!;
}

const loginsOf = (email: string) => countOf(sql`select count(*)::int as n from users where lower(email) = ${email}`);

beforeAll(async () => {
  practice = await createPractice("Invites");
});
beforeEach(() => {
  vi.mocked(hashPassword).mockClear();
});

describe("accepting an invitation", () => {
  it("costs no password hash for a link that cannot be used", async () => {
    currentRequest.ip = "198.51.100.31";
    await signInAs(practice.admin);
    await inviteStaff({ email: "taken-link@example.test", displayName: "Taken", role: "therapist" });
    const token = await linkTo("taken-link@example.test", "/invite/staff/");
    expect(await acceptStaffInvitation(token, NEW_PASSWORD)).toMatchObject({ ok: true });
    vi.mocked(hashPassword).mockClear();

    expect(await acceptStaffInvitation(token, NEW_PASSWORD)).toEqual({ ok: false, state: "used" });
    expect(await acceptStaffInvitation("B".repeat(43), NEW_PASSWORD)).toEqual({ ok: false, state: "invalid" });
    expect(await acceptInvitation("C".repeat(43), NEW_PASSWORD)).toEqual({ ok: false, state: "invalid" });
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it(`is limited to ${ACCEPTANCES_PER_IP_HOUR} tries an hour per IP, client and staff links together`, async () => {
    await signInAs(practice.admin);
    await inviteStaff({ email: "limited-staff@example.test", displayName: "Limited", role: "frontdesk" });
    const staffToken = await linkTo("limited-staff@example.test", "/invite/staff/");
    await signInAs(practice.therapist);
    const clientId = await newClient({ givenName: "Lima", email: "limited-client@example.test" });
    expect(await inviteClient(clientId)).toMatchObject({ ok: true });
    const clientToken = await linkTo("limited-client@example.test", "/invite/");
    currentRequest.claims = null;

    // A script at one IP tries links: every try counts, client and staff links alike.
    currentRequest.ip = "192.0.2.66";
    for (let i = 0; i < ACCEPTANCES_PER_IP_HOUR / 2; i++) {
      expect(await acceptInvitation(`guess${i}`.padEnd(43, "x"), NEW_PASSWORD)).toEqual({
        ok: false,
        state: "invalid",
      });
      expect(await acceptStaffInvitation(`guess${i}`.padEnd(43, "y"), NEW_PASSWORD)).toEqual({
        ok: false,
        state: "invalid",
      });
    }
    // Past the limit even a valid link is refused there, before any lookup or hash, and nothing is written.
    vi.mocked(hashPassword).mockClear();
    expect(await acceptStaffInvitation(staffToken, NEW_PASSWORD)).toEqual({ ok: false, state: "limited" });
    expect(await acceptInvitation(clientToken, NEW_PASSWORD)).toEqual({ ok: false, state: "limited" });
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await loginsOf("limited-staff@example.test")).toBe(0);
    expect(await loginsOf("limited-client@example.test")).toBe(0);

    // The invited people, elsewhere, accept as usual.
    currentRequest.ip = "203.0.113.88";
    expect(await acceptStaffInvitation(staffToken, NEW_PASSWORD)).toMatchObject({ ok: true });
    currentRequest.ip = "203.0.113.89";
    expect(await acceptInvitation(clientToken, NEW_PASSWORD)).toEqual({
      ok: true,
      email: "limited-client@example.test",
    });
  });
});
