import type { PolicyRule } from "./policy-types";
import { choice, CLINICAL, count, PORTAL } from "./policy-forms";

const LEFS_POINTS = ["0", "1", "2", "3", "4"] as const;
const OCCASION = choice(["intake", "follow-up", "discharge"]);
const score = { type: "score", required: true } as const;

/**
 * Policy rows for outcome measures (issue 15): recorded in the clinic on a client's record (its
 * clinicians only), asked for in the client's own portal, and the plan's questionnaire schedule.
 * The world's intakes name one PSFS activity ("stairs"), so one rating is a valid PSFS.
 */
export const outcomePolicy: Record<string, PolicyRule> = {
  "page /clients/[id]/outcomes/new": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: "outcome.record",
  },
  "action app/(clinician)/clients/[id]/outcomes/actions.ts#recordNprsAction": {
    kind: "action",
    shape: "state-form",
    path: "/clients",
    bound: ["client"],
    form: () => ({ occasion: "follow-up", rating: "4" }),
    fields: { occasion: OCCASION, rating: score },
    writes: ["outcome_entries", "audit_events"],
    ...CLINICAL,
    audit: "outcome.record",
  },
  "action app/(clinician)/clients/[id]/outcomes/actions.ts#recordPsfsAction": {
    kind: "action",
    shape: "state-form",
    path: "/clients",
    bound: ["client"],
    form: () => ({ occasion: "follow-up", "ratings.0": "6" }),
    fields: { occasion: OCCASION, "ratings.0": score },
    writes: ["outcome_entries", "audit_events"],
    ...CLINICAL,
    audit: "outcome.record",
  },
  // Up to 4 activities may be blank (lib/domain/outcomes/lefs.ts): each one alone may be left empty.
  "action app/(clinician)/clients/[id]/outcomes/actions.ts#recordLefsAction": {
    kind: "action",
    shape: "state-form",
    path: "/clients",
    bound: ["client"],
    form: () => ({
      occasion: "intake",
      ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`q${i + 1}`, String(i % 5)])),
    }),
    fields: {
      occasion: OCCASION,
      ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`q${i + 1}`, choice(["", ...LEFS_POINTS], false)])),
    },
    writes: ["outcome_entries", "audit_events"],
    ...CLINICAL,
    audit: "outcome.record",
  },
  "action app/(clinician)/clients/[id]/plans/actions.ts#setOutcomeScheduleAction": {
    kind: "action",
    shape: "state-form",
    path: "/clients",
    bound: ["plan"],
    form: () => ({ everyDays: "14" }),
    fields: { everyDays: choice(["", "7", "14", "21", "28", "42", "56"], false) },
    writes: ["plans", "audit_events"],
    ...CLINICAL,
    audit: "plan.outcomes",
  },
  "page /portal/outcomes": {
    kind: "page",
    ...PORTAL,
    audit: "portal.outcomes",
  },
  "page /portal/outcomes/lefs": {
    kind: "page",
    ...PORTAL,
    audit: "portal.outcomes",
  },
  // One answer saved at once into the client's own LEFS in progress (started by the first).
  "action app/(portal)/portal/outcomes/actions.ts#answerLefsAction": {
    kind: "action",
    shape: "state-form",
    path: "/portal/outcomes/lefs",
    form: () => ({ item: "1", answer: "3" }),
    fields: { item: count(20, true), answer: choice([...LEFS_POINTS, "skip"]) },
    writes: ["outcome_entries", "audit_events"],
    ...PORTAL,
    audit: "portal.outcome",
  },
  // Scores the client's own LEFS in progress; with none open it says so and writes nothing.
  "action app/(portal)/portal/outcomes/actions.ts#finishLefsAction": {
    kind: "action",
    shape: "state-form",
    path: "/portal/outcomes/lefs",
    form: () => ({}),
    writes: ["outcome_entries", "audit_events"],
    ...PORTAL,
    audit: "portal.outcome",
  },
  "action app/(portal)/portal/outcomes/actions.ts#checkInAction": {
    kind: "action",
    shape: "state-form",
    path: "/portal/outcomes",
    form: () => ({ rating: "3", "ratings.0": "7" }),
    fields: { rating: score, "ratings.0": score },
    writes: ["outcome_entries", "audit_events"],
    ...PORTAL,
    audit: "portal.outcome",
  },
};
