import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { addStaff, createPracticeWithAdmin, listPractices } from "@/db/provision";
import { practices } from "@/db/schema";
import { verifySignIn } from "@/lib/dal/sign-in";
import { getViewer } from "@/lib/dal/viewer";
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
    const created = await createPracticeWithAdmin(db, input("Hana@Harbour.test"));
    if (!created.ok) throw new Error(created.message);
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

    expect((await auditRows(created.practiceId)).map((r) => r.action)).toEqual(["practice.create"]);
    expect((await auditRows(created.userId)).map((r) => r.action)).toContain("user.create");
    expect(await createPracticeWithAdmin(db, input("HANA@harbour.test"))).toEqual({
      ok: false,
      message: "hana@harbour.test already has a login.",
    });
  });

  it("adds staff to an existing practice only, and lists practices with their staff counts", async () => {
    const db = await testDb();
    const created = await createPracticeWithAdmin(db, input("owner@quay.test"));
    if (!created.ok) throw new Error(created.message);
    const therapist = staffSchema.parse({
      email: "tom@quay.test",
      displayName: "Tom Quay",
      role: "therapist",
      password: "quay-therapist-pass",
    });
    expect(await addStaff(db, created.practiceId, therapist)).toMatchObject({ ok: true });
    expect(await addStaff(db, "00000000-0000-4000-8000-000000000000", { ...therapist, email: "x@quay.test" })).toEqual({
      ok: false,
      message: "No practice has the id 00000000-0000-4000-8000-000000000000.",
    });
    expect((await listPractices(db)).find((p) => p.id === created.practiceId)).toMatchObject({ staff: 2 });
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

describe("npm run practice", () => {
  it("creates a practice from the command line on the database the app uses", async () => {
    await closeDatabase(); // the embedded folder has one owner at a time
    const run = spawnSync(
      "npm",
      [
        "run",
        "-s",
        "practice",
        "--",
        "create",
        "--name",
        "Cli Clinic",
        "--time-zone",
        "Europe/Berlin",
        "--admin-email",
        "cli@clinic.test",
        "--admin-name",
        "Cli Admin",
      ],
      { encoding: "utf8", env: { ...process.env, UNKNOT_PASSWORD: "cli-admin-password" } },
    );
    expect(run.stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
    expect(run.stdout).toContain('Created "Cli Clinic" with admin cli@clinic.test.');
    expect(run.status).toBe(0);
    expect((await listPractices(await testDb())).find((p) => p.name === "Cli Clinic")).toMatchObject({
      timeZone: "Europe/Berlin",
      staff: 1,
    });

    await closeDatabase();
    const bad = spawnSync(
      "npm",
      [
        "run",
        "-s",
        "practice",
        "--",
        "create",
        "--name",
        "Bad",
        "--time-zone",
        "Nowhere",
        "--admin-email",
        "b@clinic.test",
        "--admin-name",
        "B",
      ],
      {
        encoding: "utf8",
        env: { ...process.env, UNKNOT_PASSWORD: "cli-admin-password" },
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("timeZone: Time zone must be an IANA name");
  });
});
