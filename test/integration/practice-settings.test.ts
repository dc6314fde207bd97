import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { practices } from "@/db/schema";
import { getBookingPage } from "@/lib/dal/booking";
import { getViewer } from "@/lib/dal/internal/viewer";
import { getPracticeSettings, savePracticeSettings } from "@/lib/dal/practice-settings";
import { auditRows, countOf, createPractice, signInAs, testDb } from "../support/fixtures";

/** The practice's own details, as its admin keeps them: saved, audited, refused with codes. */
let here: Awaited<ReturnType<typeof createPractice>>;
let there: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  here = await createPractice("Staffed");
  there = await createPractice("Elsewhere");
});

describe("practice settings", () => {
  it("are saved, audited with what changed, and shown on the booking page", async () => {
    await signInAs(here.admin);
    const settings = await getPracticeSettings();
    expect(settings).toMatchObject({ name: "Staffed", timeZone: "UTC", phone: null, address: null });
    expect(settings.timeZones).toContain("Europe/London");
    expect(settings.timeZones).toContain("UTC");
    const slug = `staffed-${process.pid}`;
    const input = {
      name: "Staffed Clinic",
      timeZone: "Europe/London",
      phone: "+44 20 7946 0000",
      address: "1 Muscle Lane\nLondon",
      slug,
    };
    expect(await savePracticeSettings(input)).toEqual({
      ok: true,
      changed: ["name", "timeZone", "phone", "address", "slug"],
    });
    const saved = (await auditRows(here.practice.id)).filter((r) => r.action === "practice.settings");
    expect(saved).toHaveLength(1);
    expect(saved[0]!.detail).toMatchObject({
      name: { from: "Staffed", to: "Staffed Clinic" },
      timeZone: { from: "UTC", to: "Europe/London" },
      phone: { from: null, to: "+44 20 7946 0000" },
    });
    // The next request keeps the practice's new clock; the booking page shows the new details.
    expect(await getViewer()).toMatchObject({ timeZone: "Europe/London" });
    expect((await getBookingPage(slug, {})).practice).toMatchObject({
      name: "Staffed Clinic",
      phone: "+44 20 7946 0000",
      address: "1 Muscle Lane\nLondon",
    });
    // Saving the same again changes and audits nothing.
    expect(await savePracticeSettings(input)).toEqual({ ok: true, changed: [] });
    expect((await auditRows(here.practice.id)).filter((r) => r.action === "practice.settings")).toHaveLength(1);
  });

  it("refuse an unknown time zone and an invalid, reserved or taken booking address, with codes", async () => {
    await signInAs(here.admin);
    const current = await getPracticeSettings();
    const base = { name: current.name, timeZone: current.timeZone, phone: current.phone, address: current.address };
    const db = await testDb();
    const [theirs] = await db
      .select({ slug: practices.slug })
      .from(practices)
      .where(eq(practices.id, there.practice.id));
    const refusals = [
      [{ ...base, slug: current.slug, timeZone: "Mars/Olympus_Mons" }, "practice.time-zone-unknown"],
      [{ ...base, slug: current.slug, timeZone: "EST" }, "practice.time-zone-unknown"],
      [{ ...base, slug: "manage" }, "practice.slug-reserved"],
      [{ ...base, slug: "-edge-" }, "practice.slug-invalid"],
      [{ ...base, slug: theirs!.slug }, "practice.slug-taken"],
    ] as const;
    for (const [input, code] of refusals) expect(await savePracticeSettings(input)).toEqual({ ok: false, code });
    const [practice] = await db.select().from(practices).where(eq(practices.id, here.practice.id));
    expect(practice).toMatchObject({ slug: current.slug, timeZone: current.timeZone });
    expect(
      await countOf(
        sql`select count(*)::int as n from audit_events where action = 'practice.settings' and object_id = ${here.practice.id}`,
      ),
    ).toBe(1);
  });
});
