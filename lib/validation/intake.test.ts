import { expect, it } from "vitest";
import { intakeSchema } from "./intake";
import { parseForm } from "./parse";

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
  "activities.0.id": "stairs",
};

it("refuses an activity listed twice, with a message on the second", () => {
  const result = parseForm(intakeSchema, form({ ...validIntake, "activities.1.id": "stairs" }));
  expect(result).toEqual({ ok: false, errors: { "activities.1.id": "This activity is already listed." } });
});

it("takes different activities", () => {
  expect(parseForm(intakeSchema, form({ ...validIntake, "activities.1.id": "hiking-uphill" })).ok).toBe(true);
});
