import type { FieldSpec } from "./corpus";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import type { Answer, Fields, Rule } from "./policy-types";
import type { Principal, Scope, World, WorldObject } from "./support/world";
import { SCOPES } from "./support/world";

/** Building blocks of the policy table: the forms' fields for the corpus, valid submissions, shared rules. */
export const SIGN_IN_FIELDS: Fields = {
  email: { type: "email", max: 254, required: true },
  password: { type: "password", max: 200, required: true },
};
export const STAFF: Scope[] = ["own", "samePractice"];
export const everyone = (answer: Answer): Record<Principal, Answer> => ({
  anonymous: answer,
  client: answer,
  frontdesk: answer,
  therapist: answer,
  admin: answer,
});
/** A practice-wide page or action: anonymous callers go to sign-in, these get it, everyone else not-found. */
export const onlyFor = (...allowed: Principal[]): Record<Principal, Answer> => ({
  anonymous: "sign-in",
  client: allowed.includes("client") ? "ok" : "not-found",
  frontdesk: allowed.includes("frontdesk") ? "ok" : "not-found",
  therapist: allowed.includes("therapist") ? "ok" : "not-found",
  admin: allowed.includes("admin") ? "ok" : "not-found",
});
export const accountOf = (world: World, principal: Principal) =>
  principal === "anonymous" ? world.accounts.client.email : world.accounts[principal].email;

export const today = () => new Date().toISOString().slice(0, 10);
/** The seeded object with this id (the matrix's or the corpus's), so a form can keep its marker strings. */
export function objectWithId(world: World, id: string | undefined): WorldObject | undefined {
  for (const byScope of Object.values(world.objects))
    for (const object of Object.values(byScope)) if (object.id === id) return object;
  return Object.values(world.corpusObjects).find((object) => object.id === id);
}

// Charting forms (lib/validation/*.ts): each field with its type, maximum and whether it is required.
export const text = (max: number, required = false): FieldSpec => ({ type: "text", max, required });
export const choice = (options: readonly string[], required = true): FieldSpec => ({
  type: "choice",
  options,
  required,
});
export const CLIENT_FIELDS: Fields = {
  givenName: text(100, true),
  familyName: text(100, true),
  dateOfBirth: { type: "date", past: true, min: "1900-01-01" },
  email: { type: "email", max: 254 },
  phone: text(40),
  primaryTherapistId: { type: "id" },
};
export const FINDING_FIELDS: Fields = {
  muscleId: choice(MUSCLES.map((m) => m.id)),
  side: choice(["left", "right"]),
  tenderness: { type: "score", required: true },
  pointType: choice(["active", "latent"]),
  reproducesPain: choice(["on", "true", ""], false),
  notes: text(1000),
};
export const SCREEN_FIELDS: Fields = Object.fromEntries(
  CONTRAINDICATIONS.flatMap((c) => [
    [`answers.${c.id}.answer`, choice(["yes", "no", "unknown"])],
    [`answers.${c.id}.note`, text(500)],
  ]),
);
export const INTAKE_FIELDS: Fields = {
  chiefComplaint: text(2000, true),
  "painSites.0.site": text(100),
  "painSites.0.side": choice(["left", "right", "both"], false),
  onsetDate: { type: "date", past: true, min: "1900-01-01" },
  duration: text(100),
  aggravating: text(2000),
  easing: text(2000),
  painNow: { type: "score", required: true },
  "psfs.0.activity": text(100),
  "psfs.0.score": { type: "score" },
  medicalHistory: text(4000),
  medications: text(2000),
  "activities.0.id": choice(
    ACTIVITIES.map((a) => a.id),
    false,
  ),
  "activities.0.frequency": text(100),
  "activities.0.notes": text(500),
};
export const NOTE_FIELDS: Fields = {
  visitDate: { type: "date", past: true, required: true },
  subjective: text(4000),
  painNow: { type: "score" },
  assessment: text(4000),
  plan: text(4000),
  version: { type: "number", required: true },
};
export const findingForm = () => ({
  muscleId: "popliteus",
  side: "right",
  tenderness: "5",
  pointType: "latent",
  reproducesPain: "on",
  notes: "Matrix finding",
});
export const screenForm = () => Object.fromEntries(CONTRAINDICATIONS.map((c) => [`answers.${c.id}.answer`, "no"]));
export const count = (limit: number, required = false): FieldSpec => ({ type: "count", limit, required });
/** lib/validation/plan-item.ts dosageSchema: each count optional, 1..its limit. */
export const DOSAGE_FIELDS: Fields = {
  "dosage.sets": count(20),
  "dosage.reps": count(200),
  "dosage.holdSeconds": count(600),
  "dosage.minutes": count(120),
  "dosage.timesPerDay": count(12),
  "dosage.daysPerWeek": count(7),
};
export const CHECKBOX = choice(["on", "true", ""], false);
export const LIBRARY_FIELDS: Fields = {
  name: text(120, true),
  phase: choice(["relax", "strengthen", "load"]),
  kind: choice(["self-massage", "tool-release", "heat", "stretch", "strength", "balance", "advice"]),
  targetMuscles: choice(
    MUSCLES.map((m) => m.id),
    false,
  ),
  steps: text(4000, true),
  progressions: text(4000),
  cautions: text(4000),
  ...DOSAGE_FIELDS,
  deepPressure: CHECKBOX,
  behindKnee: CHECKBOX,
  electric: CHECKBOX,
};
/** A valid library item: a plain stretch (no open flag blocks it, so the plan keeps it markable). */
export const libraryForm = (name: string) => ({
  name,
  phase: "relax",
  kind: "stretch",
  targetMuscles: "gastrocnemius",
  steps: "Stand facing a wall\nLean in",
  progressions: "",
  cautions: "",
  "dosage.holdSeconds": "30",
  "dosage.timesPerDay": "3",
});
export const PASSWORD_FIELDS: Fields = {
  password: { type: "password", max: 200, required: true },
  confirm: { type: "password", max: 200, required: true },
};
export const EVERY_SCOPE: Scope[] = [...SCOPES];
/** The client's own portal: only ever their own data; staff get not-found (their view is the chart). */
export const PORTAL: { sees: Rule["sees"]; answers: Rule["answers"] } = {
  sees: { client: ["own"] },
  answers: onlyFor("client"),
};
/**
 * Clinical records: therapists and admins of the practice, for every client of it; never the
 * front desk, never clients, never other practices.
 */
export const CLINICAL = { sees: { therapist: STAFF, admin: STAFF } } as const;
/** Contact details, appointments and the practice's desk work: all its staff, the front desk too. */
export const RECEPTION = { sees: { frontdesk: STAFF, therapist: STAFF, admin: STAFF } } as const;
/** Public by design (a booking page, a link that is its own key): anyone, signed in or not, any practice's. */
export const PUBLIC = {
  sees: {
    anonymous: EVERY_SCOPE,
    client: EVERY_SCOPE,
    frontdesk: EVERY_SCOPE,
    therapist: EVERY_SCOPE,
    admin: EVERY_SCOPE,
  },
  answers: everyone("ok"),
};
