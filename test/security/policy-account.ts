import { everyone, onlyFor, PASSWORD_FIELDS, PUBLIC } from "./policy-forms";
import type { PolicyRule } from "./policy-types";
import { PASSWORD } from "./support/world";

/**
 * A person's own password: asking for a reset link and using it (public; the same answer for
 * every email), and changing it while signed in (everyone, for their own login only: nothing in
 * the request names a login).
 */
export const accountPolicy: Record<string, PolicyRule> = {
  "page /forgot-password": { kind: "page", answers: everyone("ok") },
  // A link's token comes in the query string; without a valid one the page says the link is not valid.
  "page /reset-password": { kind: "page", answers: everyone("ok") },
  "page /settings/account": { kind: "page", answers: onlyFor("client", "frontdesk", "therapist", "admin") },
  // A valid call mails a link (or, for an unknown email, nothing); the answer is the same.
  "action app/(auth)/forgot-password/actions.ts#requestPasswordResetAction": {
    kind: "action",
    shape: "state-form",
    path: "/forgot-password",
    form: () => ({ email: "no-login-here@sec.unknot.test" }),
    fields: { email: { type: "email", max: 254, required: true } },
    writes: ["password_resets", "outbox", "audit_events", "sign_in_limits"],
    ...PUBLIC,
  },
  // No reset link in the world is valid: the form is refused with the link's message, nothing set.
  "action app/(auth)/reset-password/actions.ts#resetPasswordAction": {
    kind: "action",
    shape: "state-form",
    path: "/reset-password",
    form: () => ({ token: "M".repeat(43), password: "matrix-password-2026", confirm: "matrix-password-2026" }),
    fields: { token: { type: "text", max: 100, required: true }, ...PASSWORD_FIELDS },
    writes: ["users", "password_resets", "sessions", "audit_events", "sign_in_limits"],
    ...PUBLIC,
  },
  // A wrong current password: refused under the field, nothing changed (a right one would end the
  // principal's other sessions, the matrix's other lanes among them).
  "action app/(clinician)/settings/account/actions.ts#changePasswordAction": {
    kind: "action",
    shape: "state-form",
    path: "/settings/account",
    form: () => ({ current: `not-${PASSWORD}`, password: "matrix-password-2026", confirm: "matrix-password-2026" }),
    fields: { current: { type: "password", max: 200, required: true }, ...PASSWORD_FIELDS },
    writes: ["users", "sessions", "audit_events", "sign_in_limits"],
    answers: onlyFor("client", "frontdesk", "therapist", "admin"),
  },
};
