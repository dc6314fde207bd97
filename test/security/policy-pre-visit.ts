import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { PRE_VISIT_QUESTIONS } from "@/lib/domain/pre-visit";
import type { Fields, PolicyRule } from "./policy-types";
import { BOOKING_MESSAGES } from "@/components/booking/booking-messages";
import { choice, PORTAL, PUBLIC, text } from "./policy-forms";

const FIELDS: Fields = {
  complaint: text(2000, true),
  "painSites.0": choice(MUSCLES.map((m) => `${m.id}:left`)),
  onsetDate: { type: "date", past: true, min: "1900-01-01" },
  onset: text(1000),
  "activities.0": choice(
    ACTIVITIES.map((a) => a.id),
    false,
  ),
  medicalHistory: text(4000),
  medications: text(2000),
  ...Object.fromEntries(PRE_VISIT_QUESTIONS.map((q) => [`answers.${q.id}`, choice(["yes", "no", "unknown"])])),
};

const ANSWERS = Object.fromEntries(PRE_VISIT_QUESTIONS.map((q) => [`answers.${q.id}`, "no"]));

/**
 * Policy rows for the pre-visit form (issue 15, part 4): the client's own, in the portal (the
 * form names no object: the DAL takes the client from the session, so there is nothing to forge),
 * and through an online booking's emailed link, which is the only key (as for moving the booking).
 * Consent is left out of the corpus's fields: its two fields are only valid together.
 */
export const preVisitPolicy: Record<string, PolicyRule> = {
  "page /portal/pre-visit": {
    kind: "page",
    ...PORTAL,
    audit: "portal.previsit",
  },
  "action app/(portal)/portal/pre-visit/actions.ts#submitPreVisitAction": {
    kind: "action",
    shape: "state-form",
    path: "/portal/pre-visit",
    form: () => ({ ...ANSWERS, complaint: "Matrix pre-visit", "painSites.0": "popliteus:left" }),
    fields: FIELDS,
    writes: ["pre_visit_forms", "screenings", "screening_answers", "flags", "audit_events"],
    ...PORTAL,
    audit: "portal.previsit",
  },
  // Public, the emailed link bound: whoever holds it adds answers to that booking's client and
  // sees nothing of the record; a link that is not, or no longer, valid shows a page of its own.
  "page /book/manage/[token]/pre-visit": {
    kind: "page",
    params: { token: "manageLink" },
    ...PUBLIC,
    invalid: "This link is no longer valid",
  },
  "action app/book/manage/[token]/pre-visit/actions.ts#submitLinkedPreVisitAction": {
    kind: "action",
    shape: "state-form",
    path: "/sign-in",
    bound: ["manageLink"],
    form: () => ({ ...ANSWERS, complaint: "Matrix linked pre-visit", "painSites.0": "soleus:right" }),
    fields: FIELDS,
    refusal: BOOKING_MESSAGES["booking.link-invalid"],
    writes: ["pre_visit_forms", "screenings", "screening_answers", "flags", "audit_events"],
    ...PUBLIC,
  },
};
