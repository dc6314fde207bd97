import { describe, expect, it } from "vitest";
import { clientSchema } from "./client";
import { addDays } from "@/lib/domain/days";
import { earliestDayOnEarth, latestDayOnEarth } from "./fields";
import { findingSchema } from "./finding";
import { formDataToObject } from "./form-data";
import { intakeSchema } from "./intake";
import { parseForm } from "./parse";
import { screenSchema } from "./screen";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const validIntake = {
  chiefComplaint: "Knee pain",
  "painSites.0.site": "Back of knee",
  "painSites.0.side": "left",
  painNow: "6",
};

describe("bad input is refused with a message naming the field", () => {
  it("refuses a future or impossible date of birth", () => {
    const tomorrow = addDays(latestDayOnEarth(), 1);
    expect(parseForm(clientSchema, form({ givenName: "A", familyName: "B", dateOfBirth: tomorrow }))).toEqual({
      ok: false,
      errors: { dateOfBirth: "Date of birth cannot be in the future." },
    });
    expect(parseForm(clientSchema, form({ givenName: "A", familyName: "B", dateOfBirth: "2025-02-30" }))).toEqual({
      ok: false,
      errors: { dateOfBirth: "Date of birth must be a real date (yyyy-mm-dd)." },
    });
    // Today is today wherever the practice is, from Kiritimati (UTC+14) to Baker Island (UTC-12).
    for (const today of [latestDayOnEarth(), earliestDayOnEarth()]) {
      expect(parseForm(clientSchema, form({ givenName: "A", familyName: "B", dateOfBirth: today })).ok, today).toBe(
        true,
      );
    }
  });

  it("bounds dates by the latest and earliest calendar day on Earth", () => {
    const at = new Date("2026-11-22T11:00:00Z");
    expect(latestDayOnEarth(at)).toBe("2026-11-23");
    expect(earliestDayOnEarth(at)).toBe("2026-11-21");
  });

  it("refuses out-of-range, fractional and non-numeric scores", () => {
    for (const painNow of ["11", "-1", "6.5", "NaN", "1e309", ""]) {
      const result = parseForm(intakeSchema, form({ ...validIntake, painNow }));
      expect(result.ok, painNow).toBe(false);
      if (!result.ok) expect(result.errors.painNow).toMatch(/Pain now/);
    }
  });

  it("refuses over-long text, NUL bytes and bidirectional overrides", () => {
    const long = parseForm(intakeSchema, form({ ...validIntake, chiefComplaint: "x".repeat(2001) }));
    expect(long).toEqual({ ok: false, errors: { chiefComplaint: "Chief complaint must be at most 2000 characters." } });
    for (const sneaky of ["pain\u0000", "pain \u202Eniap", "pa\u200Bin"]) {
      const result = parseForm(intakeSchema, form({ ...validIntake, chiefComplaint: sneaky }));
      expect(result).toEqual({
        ok: false,
        errors: { chiefComplaint: "Chief complaint contains hidden or control characters; please retype it." },
      });
    }
  });

  it("refuses unknown muscle and activity ids", () => {
    const finding = parseForm(
      findingSchema,
      form({ muscleId: "biceps-brachii", side: "left", tenderness: "4", pointType: "active" }),
    );
    expect(finding).toEqual({ ok: false, errors: { muscleId: "Choose a muscle from the body map." } });
    const intake = parseForm(intakeSchema, form({ ...validIntake, "activities.0.id": "juggling" }));
    expect(intake).toEqual({ ok: false, errors: { "activities.0.id": "Choose activities from the list." } });
  });

  it("keeps plain text as typed: markup is data, not code", () => {
    const result = parseForm(intakeSchema, form({ ...validIntake, chiefComplaint: "<script>alert(1)</script>" }));
    expect(result.ok && result.data.chiefComplaint).toBe("<script>alert(1)</script>");
  });

  it("requires every question of the contraindication screen", () => {
    const result = parseForm(screenSchema, form({ "answers.suspected-dvt.answer": "no" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors["answers.varicose-veins"]).toBeDefined();
  });
});

describe("formDataToObject", () => {
  it("builds nested arrays from dotted names and ignores prototype keys and Next's own fields", () => {
    const data = form({
      "psfs.1.activity": "Stairs",
      "psfs.0.activity": "Hiking",
      "__proto__.polluted": "yes",
      $ACTION_ID_abc: "",
    });
    expect(formDataToObject(data)).toEqual({ psfs: [{ activity: "Hiking" }, { activity: "Stairs" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
