import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { practices } from "@/db/schema";
import { getViewer } from "@/lib/dal/internal/viewer";
import { addStaff, createPracticeWithAdmin, listPractices } from "@/lib/dal/practice-setup";
import { verifySignIn } from "@/lib/dal/sign-in";
import { practiceSchema, staffSchema } from "@/lib/validation/practice";
import { auditRows, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

const input = (email: string) =>
  practiceSchema.parse({
    name: "Harbour Physio",
    timeZone: "America/New_York",
    admin: { email, displayName: "Hana Harbour", password: "harbour-admin-pass" },
  });

describe("provisioning a practice", () => {
  it("creates the practice in its time zone with an admin who can sign in, and audits both", async () => {
    const db = await testDb();
    const created = await createPracticeWithAdmin(input("Hana@Harbour.test"));
    if (!created.ok) throw new Error(created.code);
    const [practice] = await db.select().from(practices).where(eq(practices.id, created.practiceId));
    expect(practice).toMatchObject({ name: "Harbour Physio", timeZone: "America/New_York" });

    const signedIn = await verifySignIn("hana@harbour.test", "harbour-admin-pass");
    if (!signedIn.ok) throw new Error("sign-in failed");
    currentRequest.claims = signedIn.claims;
    expect(await getViewer()).toMatchObject({
      role: "admin",
      practiceId: created.practiceId,
      timeZone: "America/New_York",
    });

    // Written by the operator at the command line: no actor, the new practice's id.
    const operator = { actorId: null, actorRole: "command-line", practiceId: created.practiceId, outcome: "allowed" };
    expect(await auditRows(created.practiceId)).toMatchObject([
      { ...operator, action: "practice.create", objectType: "practice" },
    ]);
    expect((await auditRows(created.userId)).filter((r) => r.action === "user.create")).toMatchObject([
      { ...operator, objectType: "user", detail: { role: "admin" } },
    ]);
    expect(await createPracticeWithAdmin(input("HANA@harbour.test"))).toEqual({ ok: false, code: "setup.email-taken" });
  });

  it("adds staff to an existing practice only, and lists practices with their staff counts", async () => {
    const created = await createPracticeWithAdmin(input("owner@quay.test"));
    if (!created.ok) throw new Error(created.code);
    const therapist = staffSchema.parse({
      email: "tom@quay.test",
      displayName: "Tom Quay",
      role: "therapist",
      password: "quay-therapist-pass",
    });
    const added = await addStaff(created.practiceId, therapist);
    if (!added.ok) throw new Error(added.code);
    expect(added.practiceId).toBe(created.practiceId);
    expect((await auditRows(added.userId)).filter((r) => r.action === "user.create")).toMatchObject([
      { actorId: null, practiceId: created.practiceId, detail: { role: "therapist" } },
    ]);
    expect(await addStaff(created.practiceId, { ...therapist, email: "TOM@quay.test" })).toEqual({
      ok: false,
      code: "setup.email-taken",
    });
    expect(await addStaff("00000000-0000-4000-8000-000000000000", { ...therapist, email: "x@quay.test" })).toEqual({
      ok: false,
      code: "setup.no-practice",
    });
    expect((await listPractices()).find((p) => p.id === created.practiceId)).toMatchObject({ staff: 2 });
  });

  it("refuses a time zone that does not exist, a short password and a bad email, naming each field", () => {
    const result = practiceSchema.safeParse({
      name: "X",
      timeZone: "Mars/Olympus",
      admin: { email: "nope", displayName: "A", password: "short" },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["timeZone", "admin.email", "admin.password"]);
  });
});

/** Runs `npm run practice -- <args>` against the test database, as an operator would. */
async function practiceCli(...args: string[]) {
  await closeDatabase(); // the embedded folder has one owner at a time
  return spawnSync("npm", ["run", "-s", "practice", "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, UNKNOT_PASSWORD: "cli-admin-password" },
  });
}

const createArgs = (name: string, timeZone: string, email: string) => [
  "create",
  "--name",
  name,
  "--time-zone",
  timeZone,
  "--admin-email",
  email,
  "--admin-name",
  `${name} Admin`,
];

describe("npm run practice", () => {
  it("creates a practice from the command line on the database the app uses", async () => {
    const run = await practiceCli(...createArgs("Cli Clinic", "Europe/Berlin", "cli@clinic.test"));
    expect(run.stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
    expect(run.stdout).toContain('Created "Cli Clinic" with admin cli@clinic.test.');
    expect(run.status).toBe(0);
    expect((await listPractices()).find((p) => p.name === "Cli Clinic")).toMatchObject({
      timeZone: "Europe/Berlin",
      staff: 1,
    });

    const bad = await practiceCli(...createArgs("Bad", "Nowhere", "b@clinic.test"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("timeZone: Time zone must be an IANA name");

    // The DAL's refusal code reaches the operator in words.
    const taken = await practiceCli(...createArgs("Again", "Europe/Berlin", "CLI@clinic.test"));
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("cli@clinic.test already has a login.");
    expect((await listPractices()).filter((p) => p.name === "Again")).toEqual([]);
  }, 120_000); // three runs of the command, each opening and migrating the database
});
