import { STAFF_INVITATION_GONE } from "@/components/settings/staff-messages";
import { STAFF_ROLES } from "@/lib/validation/staff";
import { choice, onlyFor, PASSWORD_FIELDS, PUBLIC, STAFF, text } from "./policy-forms";
import type { ActionContext, Fields, PolicyRule, Rule } from "./policy-types";
import { TIME_ZONE } from "./support/world-booking";

/**
 * Policy rows for running the practice: its staff (invitations, disabling, roles, sessions) and
 * its settings, the admin's alone; and the staff invitation link, public like the client's. The
 * staff actions are bound to logins and invitations seeded for them (support/world-staff.ts),
 * never to the matrix's principals, and the matrix puts each changed row back as seeded.
 */
const ADMIN: Pick<Rule, "sees"> = { sees: { admin: STAFF } };
const STAFF_PAGE = "/settings/staff";
/** A change to a staff login bumps its session version and ends its sessions. */
const LOGIN_WRITES = ["users", "sessions", "audit_events"];

/** A button of the staff page bound to one seeded object: the admin's alone, no fields. */
const buttonOn = (kind: "staffMember" | "disabledStaffMember" | "staffInvitation", writes: string[]): PolicyRule => ({
  kind: "action",
  shape: "state-form",
  path: STAFF_PAGE,
  bound: [kind],
  form: () => ({}),
  writes,
  ...ADMIN,
  audit: "staff.manage",
});

/** lib/validation/staff.ts */
export const STAFF_INVITE_FIELDS: Fields = {
  email: { type: "email", max: 254, required: true },
  displayName: text(100, true),
  role: choice(STAFF_ROLES),
};
/** The zone's and the address's shapes are the schema's; whether they are free or known, the DAL's. */
export const PRACTICE_FIELDS: Fields = {
  name: text(200, true),
  timeZone: text(64, true),
  phone: text(40),
  address: text(300),
  slug: text(60, true),
};

/**
 * The admin's practice as seeded, with another phone number: a real change (audited), which the
 * matrix puts back after each call (the practice's row, support/world-booking.ts).
 */
const practiceForm = ({ world }: ActionContext) => ({
  name: world.practices[0]!.name,
  timeZone: TIME_ZONE,
  phone: "+44 20 7946 0999",
  address: world.objects.practice!.own.secrets[0]!,
  slug: world.practices[0]!.slug,
});

export const settingsPolicy: Record<string, PolicyRule> = {
  // The practice's staff and its own settings: the admin's alone, everyone else not-found.
  "page /settings/staff": {
    kind: "page",
    ...ADMIN,
    answers: onlyFor("admin"),
    audit: "staff.manage",
  },
  "page /settings/practice": {
    kind: "page",
    ...ADMIN,
    answers: onlyFor("admin"),
    audit: "practice.settings",
  },
  // Public: the link is a bearer token. A valid one shows its password form (the invited name and
  // address, the practice's name); one that cannot be used a clear page of its own, never a 500.
  "page /invite/staff/[token]": {
    kind: "page",
    params: { token: "staffInviteLink" },
    ...PUBLIC,
    invalid: STAFF_INVITATION_GONE.invalid.title,
  },
  "action app/(clinician)/settings/staff/actions.ts#inviteStaffAction": {
    kind: "action",
    shape: "state-form",
    path: STAFF_PAGE,
    form: () => ({ email: "matrix.invited@sec.unknot.test", displayName: "Matrix Invited", role: "therapist" }),
    fields: STAFF_INVITE_FIELDS,
    writes: ["staff_invitations", "outbox", "audit_events"],
    ...ADMIN,
    answers: onlyFor("admin"),
    audit: "staff.manage",
  },
  "action app/(clinician)/settings/staff/actions.ts#revokeStaffInvitationAction": buttonOn("staffInvitation", [
    "staff_invitations",
    "audit_events",
  ]),
  "action app/(clinician)/settings/staff/actions.ts#disableUserAction": buttonOn("staffMember", LOGIN_WRITES),
  "action app/(clinician)/settings/staff/actions.ts#enableUserAction": buttonOn("disabledStaffMember", LOGIN_WRITES),
  "action app/(clinician)/settings/staff/actions.ts#endSessionsAction": buttonOn("staffMember", LOGIN_WRITES),
  // The seeded logins are the front desk's: a therapist's role is a real change.
  "action app/(clinician)/settings/staff/actions.ts#changeRoleAction": {
    kind: "action",
    shape: "state-form",
    path: STAFF_PAGE,
    bound: ["staffMember"],
    form: () => ({ role: "therapist" }),
    fields: { role: choice(STAFF_ROLES) },
    writes: LOGIN_WRITES,
    ...ADMIN,
    audit: "staff.manage",
  },
  "action app/(clinician)/settings/practice/actions.ts#savePracticeSettingsAction": {
    kind: "action",
    shape: "state-form",
    path: "/settings/practice",
    form: practiceForm,
    fields: PRACTICE_FIELDS,
    writes: ["practices", "audit_events"],
    ...ADMIN,
    answers: onlyFor("admin"),
    audit: "practice.settings",
  },
  // Public, with the link's token bound. The bound invitation is for an address that already has a
  // login, so every call is refused ("already has a login") and writes nothing; a malformed token
  // says the link is not valid. (A link that creates a login: staff.test.ts.)
  "action app/(auth)/invite/staff/[token]/actions.ts#acceptStaffInvitationAction": {
    kind: "action",
    shape: "state-form",
    path: "/sign-in",
    bound: ["takenStaffInvite"],
    form: () => ({ password: "matrix-password-2026", confirm: "matrix-password-2026" }),
    fields: PASSWORD_FIELDS,
    refusal: STAFF_INVITATION_GONE.invalid.text,
    writes: ["users", "staff_invitations", "sessions", "sign_in_limits", "audit_events"],
    ...PUBLIC,
  },
};
