import { describe, expect, it } from "vitest";
import type { Flag, Observation, Resource } from "@medplum/fhirtypes";
import { everythingBundle, resourcesOf } from "./bundle";
import { gateText } from "./export-care";
import { fromResources, ImportError } from "./from-resources";
import type { ClientRecord } from "./record";

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A small record touching every kind of row the export maps. */
const record: ClientRecord = {
  client: {
    id: ID(1),
    givenName: "Ana",
    familyName: "Lima",
    dateOfBirth: "1980-04-02",
    email: "ana@example.com",
    phone: null,
    status: "active",
    consentName: "Ana Lima",
    consentAt: "2026-11-01T09:00:00.000Z",
  },
  intakes: [
    {
      id: ID(2),
      createdAt: "2026-11-01T09:10:00.000Z",
      chiefComplaint: "Pain behind the knee",
      painSites: [{ site: "Back of knee", side: "both" }],
      onsetDate: null,
      duration: "3 weeks",
      aggravating: null,
      easing: "Rest",
      painNow: 6,
      psfs: [{ activity: "Stairs", score: 4 }],
      medicalHistory: null,
      medications: null,
      activities: [{ activityId: "hiking-downhill", frequency: null, notes: "Weekends" }],
    },
  ],
  notes: [
    {
      id: ID(3),
      intakeId: ID(2),
      visitDate: "2026-11-08",
      subjective: "Better",
      painNow: null,
      assessment: "",
      plan: "Continue",
      status: "draft",
      createdAt: "2026-11-08T10:00:00.000Z",
      signedAt: null,
      amendments: [],
    },
  ],
  findings: [
    {
      id: ID(4),
      intakeId: ID(2),
      noteId: null,
      muscleId: "popliteus",
      side: "right",
      tenderness: 0,
      pointType: "latent",
      reproducesPain: false,
      notes: null,
      recordedAt: "2026-11-01T09:20:00.000Z",
    },
  ],
  screens: [
    {
      id: ID(5),
      intakeId: ID(2),
      noteId: null,
      recordedAt: "2026-11-01T09:15:00.000Z",
      answers: [{ contraindicationId: "bakers-cyst", answer: "unknown", note: "Ask the GP" }],
    },
  ],
  flags: [
    {
      id: ID(6),
      contraindicationId: "bakers-cyst",
      status: "open",
      openedAt: "2026-11-01T09:15:00.000Z",
      screenId: ID(5),
      resolvedByScreenId: null,
      note: null,
      referredTo: null,
      referredOn: null,
      referralNote: null,
      clearedBy: null,
      clearedOn: null,
      clearanceNote: null,
      closedAt: null,
    },
  ],
  plans: [
    {
      id: ID(7),
      intakeId: ID(2),
      status: "draft",
      gate: { type: "lefs-gain", gain: 9 },
      advancedAt: null,
      outcomeEveryDays: 14,
      createdAt: "2026-11-01T09:30:00.000Z",
      publishedVersions: 0,
      entries: [
        {
          key: "k1",
          itemId: "calf-stretch",
          itemName: "Calf stretch",
          phase: "strengthen",
          position: 0,
          dosage: { holdSeconds: 20, timesPerDay: 3 },
          note: "Gently",
        },
      ],
    },
  ],
  outcomes: [
    {
      id: ID(8),
      measure: "lefs",
      measureVersion: 1,
      occasion: "intake",
      answers: { items: { "1": 3, "2": null } },
      score: null,
      startedAt: "2026-11-01T09:40:00.000Z",
      completedAt: null,
    },
  ],
  painLogs: [],
};

const find = <T extends Resource>(resources: Resource[], type: T["resourceType"]) =>
  resources.filter((r): r is T => r.resourceType === type);

describe("FHIR mapping of a client's record", () => {
  it("reads back exactly the record it was made from", () => {
    expect(fromResources(resourcesOf(record))).toEqual(record);
  });

  it("writes no empty strings or nulls, which FHIR forbids", () => {
    const json = JSON.stringify(everythingBundle(record, "https://x.example/fhir", new Date(0)));
    expect(json).not.toMatch(/:""|:null/);
  });

  it("keeps a tenderness of 0 and the right side, as SNOMED CT laterality", () => {
    const [finding] = find<Observation>(resourcesOf(record), "Observation").filter((o) => o.id === ID(4));
    expect(finding!.valueInteger).toBe(0);
    expect(finding!.component![0]!.valueCodeableConcept!.coding![0]).toMatchObject({ code: "24028007" });
  });

  it("marks an open flag active and names the level of its contraindication", () => {
    const [flag] = find<Flag>(resourcesOf(record), "Flag");
    expect(flag).toMatchObject({ status: "active", code: { text: "Local hold: Baker's cyst" } });
  });

  it("says each unlock rule in words", () => {
    expect(gateText({ type: "lefs-gain", gain: 9 })).toBe(
      "Phase 2 unlocks when the LEFS has improved by at least 9 points.",
    );
    expect(gateText({ type: "date", date: "2026-12-01" })).toBe("Phase 2 unlocks on 2026-12-01.");
  });

  it("refuses a bundle with no patient or with a finding on no known muscle", () => {
    expect(() => fromResources([])).toThrow(ImportError);
    const resources = resourcesOf(record).map((r) =>
      r.resourceType === "Observation" && r.id === ID(4) ? { ...r, bodySite: { text: "Somewhere" } } : r,
    );
    expect(() => fromResources(resources)).toThrow(/muscle/);
  });
});
