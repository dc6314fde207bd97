import type { PracticeSettingsCode } from "@/lib/dal/practice-settings";
import type { ClosedState } from "@/lib/dal/staff-invitations";
import type { StaffCode } from "@/lib/dal/staff";
import type { StaffRole } from "@/lib/validation/staff";

/** What an admin reads after changing the practice's staff. */
export const STAFF_MESSAGES = {
  invited: (email: string) =>
    `Invitation sent to ${email}. The link works once, for 72 hours; any earlier link to this address no longer works.`,
  revoked: "Invitation revoked: its link no longer works.",
  disabled: "Disabled and signed out everywhere.",
  enabled: "Enabled: they can sign in again.",
  roleChanged: "Role changed. They sign in again to work in it.",
  sessionsEnded: "Signed out everywhere.",
  fixErrors: "Some entries need fixing; see the messages next to them.",
} as const;

export const STAFF_CODES: Record<StaffCode | "staff.invitation-closed", string> = {
  "staff.self": "You cannot disable yourself or change your own role. Ask another admin.",
  "staff.last-admin": "The practice needs at least one admin who can sign in: make someone else an admin first.",
  "staff.invitation-closed": "That invitation was already used or revoked.",
};

export const ROLE_NAMES: Record<StaffRole, string> = {
  admin: "Admin",
  therapist: "Therapist",
  frontdesk: "Front desk",
};

/** A role in a sentence: "invited … as a therapist". */
export const ROLE_IN_WORDS: Record<StaffRole, string> = {
  admin: "an admin",
  therapist: "a therapist",
  frontdesk: "front desk staff",
};

export const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as StaffRole[]).map((value) => ({
  value,
  label: ROLE_NAMES[value],
}));

/** What the practice settings form says. */
export const PRACTICE_MESSAGES = {
  saved: "Practice settings saved.",
  unchanged: "Nothing to save: the settings are as they were.",
  fixErrors: "Some entries need fixing; see the messages next to them.",
} as const;

/** Each refusal of the practice settings, and the field it belongs next to. */
export const PRACTICE_CODES: Record<PracticeSettingsCode, { field: "timeZone" | "slug"; message: string }> = {
  "practice.time-zone-unknown": { field: "timeZone", message: "Choose a time zone from the list." },
  "practice.slug-invalid": {
    field: "slug",
    message: "Use lower-case letters, digits and hyphens; start and end with a letter or digit.",
  },
  "practice.slug-reserved": { field: "slug", message: "That address is used by the app itself: choose another." },
  "practice.slug-taken": { field: "slug", message: "Another practice already uses that address: choose another." },
};

/** What a staff invitation link's page says when the link cannot be used. */
export const STAFF_INVITATION_GONE: Record<ClosedState, { title: string; text: string }> = {
  invalid: {
    title: "This link is not valid",
    text: "Check that you opened the whole link from the email, or ask the practice's admin for a new invitation.",
  },
  expired: {
    title: "This link has expired",
    text: "Invitation links work for 72 hours. Ask the practice's admin to send a new one.",
  },
  used: {
    title: "This link has already been used",
    text: "Your password is set: sign in with your email and password.",
  },
  revoked: {
    title: "This invitation was withdrawn",
    text: "The practice's admin revoked this link, or sent a newer one: use the newest email, or ask them.",
  },
  taken: {
    title: "This email address already has a login",
    text: "An Unknot login belongs to one practice, and this address already has one. Sign in with it, or ask the practice's admin to invite another email address.",
  },
  limited: {
    title: "Too many attempts",
    text: "This connection has tried too many invitation links in the last hour. Wait an hour, then open the link from the email again.",
  },
};
