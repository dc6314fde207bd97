/**
 * Who may do what: the one table of the app's authorization, read by every data-access call.
 *
 * A rule names, for an action, the relations each role may act in:
 *   own       the object is the viewer's: a client's own record; a therapist's own client (they
 *             are its primary therapist); for practice-wide objects (the library, the outbox, the
 *             client list) the viewer's own practice
 *   practice  another object of the viewer's practice (a colleague's client, another client)
 *   other     another practice's object: never granted, to anyone (the tests check it)
 * A role absent from a rule may not do the action at all. Refusals answer not-found, audited.
 *
 * Therapists and admins both chart every client of their practice (a group practice covers for
 * each other); running the practice itself (booking settings, and from there staff and the audit
 * trail) is the admin's. The front desk runs the calendar, callbacks and contact details and never
 * opens the clinical record. A therapist's own availability is theirs to edit (or the admin's).
 * Adding a role is a change to this table and its tests.
 */
export type Role = "admin" | "therapist" | "frontdesk" | "client";
export type Relation = "own" | "practice" | "other";
export const ROLES: readonly Role[] = ["admin", "therapist", "frontdesk", "client"];
export const RELATIONS: readonly Relation[] = ["own", "practice", "other"];

type Rule = Partial<Record<Role, readonly Exclude<Relation, "other">[]>>;

const OWN = ["own"] as const;
const PRACTICE = ["own", "practice"] as const;
/** Clinical work on any client of the practice. */
const CLINICIANS: Rule = { admin: PRACTICE, therapist: PRACTICE };
/** Practice-wide screens of the clinic (relation own: the viewer's practice). */
const CLINIC: Rule = { admin: OWN, therapist: OWN };
/** Practice-wide screens the front desk works in too. */
const DESK: Rule = { admin: OWN, therapist: OWN, frontdesk: OWN };
/** Contact details and appointments of any client of the practice: not the clinical record. */
const RECEPTION: Rule = { admin: PRACTICE, therapist: PRACTICE, frontdesk: PRACTICE };
/** Running the practice. */
const ADMIN: Rule = { admin: OWN };
/** The client's own portal. */
const SELF: Rule = { client: OWN };

const RULES = {
  // The clinic's practice-wide screens.
  "client.list": DESK,
  "client.create": DESK,
  "calendar.read": DESK,

  "callback.list": DESK,
  "callback.resolve": DESK,
  "booking.settings": ADMIN,
  "dashboard.read": DESK,
  "staff.manage": ADMIN,
  "practice.settings": ADMIN,
  "audit.read": ADMIN,
  /** The whole practice's records as bulk FHIR (NDJSON): every client's clinical record at once. */
  "practice.export": ADMIN,
  "library.list": CLINIC,
  "library.read": CLINIC,
  "library.create": CLINIC,
  "library.update": CLINIC,
  /** A practice item's uploaded picture, for the practice's clinicians (own: their practice's library). */
  "library.image": CLINIC,
  "outbox.read": DESK,
  /** The links in emails not yet sent: each is a key to an account or a booking. */
  "outbox.links": ADMIN,
  // One client's contact details and appointments.
  "client.read": RECEPTION,
  "client.update": RECEPTION,
  "appointment.create": RECEPTION,
  "appointment.manage": RECEPTION,
  // One therapist's working hours and time off (own: the viewer's own).
  "availability.edit": { admin: PRACTICE, therapist: OWN },
  // One client's clinical record.
  "client.consent": CLINICIANS,
  "client.status": CLINICIANS,
  "chart.read": CLINICIANS,
  "intake.create": CLINICIANS,
  "intake.read": CLINICIANS,
  "finding.save": CLINICIANS,
  "screen.record": CLINICIANS,
  "flag.referral": CLINICIANS,
  "flag.clearance": CLINICIANS,
  "note.create": CLINICIANS,
  "note.read": CLINICIANS,
  "note.save": CLINICIANS,
  "note.sign": CLINICIANS,
  "note.amend": CLINICIANS,
  "plan.create": CLINICIANS,
  "plan.read": CLINICIANS,
  "plan.edit": CLINICIANS,
  "plan.suggest": CLINICIANS,
  "plan.publish": CLINICIANS,
  "plan.gate": CLINICIANS,
  "plan.advance": CLINICIANS,
  /** How often the client is asked for outcome questionnaires while the plan runs. */
  "plan.outcomes": CLINICIANS,
  /** An outcome measure (NPRS, PSFS, LEFS) recorded in the clinic, and the page that records it. */
  "outcome.record": CLINICIANS,
  "plan.print": CLINICIANS,
  /** One client's whole record as FHIR (Patient/$everything): the clinical record, so not the front desk. */
  "client.export": CLINICIANS,
  "symptom.resolve": CLINICIANS,
  "portal.invite": CLINICIANS,
  /** Withdrawing a client's open invitation link, and unlinking their portal login from the record. */
  "invitation.revoke": CLINICIANS,
  "login.unlink": CLINICIANS,
  // The client's portal: only ever their own record.
  "portal.today": SELF,
  "portal.progress": SELF,
  "portal.report": SELF,
  "portal.mark": SELF,
  "portal.unmark": SELF,
  "portal.pain": SELF,
  "portal.symptom": SELF,
  "portal.appointments": SELF,
  "portal.book": SELF,
  /** The practices whose record the client's login is linked to, and moving the session between them. */
  "portal.practices": SELF,
  /** The client's own consent to treatment, typed in the portal (the clinic records it with client.consent). */
  "portal.consent": SELF,
  "portal.reminders": SELF,
  /** The client's own pre-visit form: complaint, pain sites, health questions, consent (issue 15). */
  "portal.previsit": SELF,
  /** The client's own questionnaires (outcome measures): what is due, and one in progress. */
  "portal.outcomes": SELF,
  /** Answering them, answer by answer. */
  "portal.outcome": SELF,
  /** The uploaded picture of an item in one of the client's own published plans. */
  "portal.image": SELF,
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

/** Whether `role` may do `action` on an object in `relation` to the viewer. */
export function may(role: Role, action: Action, relation: Relation): boolean {
  if (relation === "other") return false;
  const allowed: Rule = RULES[action];
  return allowed[role]?.includes(relation) ?? false;
}

/** Whether `role` may do `action` on anything at all: refuses before any object is loaded. */
export function mayAtAll(role: Role, action: Action): boolean {
  const allowed: Rule = RULES[action];
  return (allowed[role]?.length ?? 0) > 0;
}

/** Where a role's work starts, and which parts of the app its navigation offers. */
export function homeOf(role: Role): "/portal" | "/dashboard" {
  return mayAtAll(role, "portal.today") ? "/portal" : "/dashboard";
}

/** The fields of a client's record that decide its relation to a viewer. */
export interface Ownership {
  practiceId: string;
  /** The client's portal login, if any. */
  userId: string | null;
  primaryTherapistId: string | null;
}

/**
 * How a client's record (and everything in it) relates to the viewer: see the top of this file.
 * The front desk owns no client: every client of the practice is "practice" to them.
 */
export function relationTo(viewer: { role: Role; userId: string; practiceId: string }, record: Ownership): Relation {
  if (record.practiceId !== viewer.practiceId) return "other";
  const owner =
    viewer.role === "client" ? record.userId : viewer.role === "frontdesk" ? null : record.primaryTherapistId;
  return owner === viewer.userId ? "own" : "practice";
}
