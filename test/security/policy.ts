import { accountPolicy } from "./policy-account";
import type { PolicyRule } from "./policy-types";
import { actionPolicy } from "./policy-actions";
import { benchPolicy } from "./policy-bench";
import { fhirPolicy } from "./policy-fhir";
import { bookingActionPolicy } from "./policy-actions-booking";
import { itemImagePolicy } from "./policy-item-images";
import { outcomePolicy } from "./policy-outcomes";
import { pagePolicy } from "./policy-pages";
import { preVisitPolicy } from "./policy-pre-visit";
import { settingsPolicy } from "./policy-settings";

export * from "./policy-types";
export { objectWithId } from "./policy-forms";

/**
 * The authorization policy: one row per entry point of the app (page, route handler method,
 * server action), keyed the way test/security/support/discover.ts names them. The matrix test
 * fails when the app has an entry point without a row here, so a new route cannot ship
 * unreviewed.
 *
 * `sees` says whose data each principal may receive from the entry point, by scope:
 *   own           client: their own record; therapist: their own client's; admin, front desk: their
 *                 practice's
 *   samePractice  another client's, or another therapist's client's, in the same practice
 *   otherPractice another practice's (no one, ever)
 * For a page with dynamic segments, `params` names the object kind each segment refers to; the
 * matrix then opens it for each principal on the own / same-practice / other-practice object and
 * expects the page where `sees` allows it, and otherwise not-found (the same page a
 * non-existent id gets) plus an audit row (outcome denied, action `audit`). Anonymous callers
 * are sent to /sign-in unless `answers` says otherwise. Object ids a page takes in its query
 * string (`?move=<appointment>`) go in `query`, judged the same way. Whatever `sees` allows, the
 * front desk never receives the clinical record (CLINICAL_RECORD in support/world.ts).
 *
 * Adding a page, e.g. /clients/[id]/intakes/[intakeId]:
 *   "page /clients/[id]/intakes/[intakeId]": {
 *     params: { id: "client", intakeId: "intake" },
 *     sees: { therapist: STAFF, admin: STAFF },
 *     audit: "intake.read",
 *   },
 * (plus, once, an "intake" entry in KINDS in support/world.ts that seeds one per client).
 * A page or action refused somewhere along the way (a layout's check before the page's own)
 * may name several audit actions: at least one of them must be written.
 */
export const policy: Record<string, PolicyRule> = {
  ...pagePolicy,
  ...actionPolicy,
  ...bookingActionPolicy,
  ...settingsPolicy,
  ...accountPolicy,
  ...itemImagePolicy,
  ...benchPolicy,
  ...outcomePolicy,
  ...fhirPolicy,
  ...preVisitPolicy,
};
