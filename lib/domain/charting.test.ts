import { describe, expect, it } from "vitest";
import { describeTrend, findingTrends, signBlockers } from "./charting";

const draft = { status: "draft" as const, subjective: "Less pain downhill", assessment: "", plan: "" };
const ready = { screenRecorded: true, consentRecorded: true };

describe("signBlockers", () => {
  it("allows signing a written draft whose screen was re-asked", () => {
    expect(signBlockers(draft, ready)).toEqual([]);
  });

  it("refuses a note whose screen was not re-asked at this visit", () => {
    expect(signBlockers(draft, { ...ready, screenRecorded: false })).toEqual(["note.screen-missing"]);
  });

  it("refuses an empty note and a note already signed", () => {
    expect(signBlockers({ ...draft, subjective: "  " }, ready)).toEqual(["note.empty"]);
    expect(signBlockers({ ...draft, status: "signed" }, ready)).toEqual(["note.already-signed"]);
  });

  it("refuses a note while the client's consent to treatment is not on file, whatever else is ready", () => {
    expect(signBlockers(draft, { ...ready, consentRecorded: false })).toEqual(["note.consent-missing"]);
    expect(signBlockers({ ...draft, subjective: "" }, { screenRecorded: false, consentRecorded: false })).toEqual([
      "note.consent-missing",
      "note.screen-missing",
      "note.empty",
    ]);
  });
});

describe("findingTrends", () => {
  const visits = [
    {
      visitId: "intake",
      findings: [
        { muscleId: "popliteus", side: "left" as const, tenderness: 7 },
        { muscleId: "gastrocnemius", side: "right" as const, tenderness: 5 },
      ],
    },
    { visitId: "s1", findings: [{ muscleId: "popliteus", side: "left" as const, tenderness: 4 }] },
    {
      visitId: "s2",
      findings: [
        { muscleId: "popliteus", side: "left" as const, tenderness: 2 },
        { muscleId: "gastrocnemius", side: "right" as const, tenderness: 3 },
      ],
    },
  ];

  it("lines up each muscle and side across visits, in reference order", () => {
    expect(findingTrends(visits, ["gastrocnemius", "popliteus"])).toEqual([
      { muscleId: "gastrocnemius", side: "right", values: [5, null, 3] },
      { muscleId: "popliteus", side: "left", values: [7, 4, 2] },
    ]);
  });

  it("describes a trend as the measured values in order", () => {
    expect(describeTrend([7, 4, 2])).toBe("7 → 4 → 2");
    expect(describeTrend([5, null, 3])).toBe("5 → 3");
  });
});
