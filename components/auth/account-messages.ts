import type { ChangePasswordResult } from "@/lib/dal/account";
import type { ResetLinkState, ResetResult } from "@/lib/dal/password-reset";

type Code<R> = R extends { ok: false; code: infer C } ? C : never;

/** What a person reads about their own password: asking for a reset, using it, changing it. */
export const ACCOUNT_MESSAGES = {
  resetRequested:
    "If that address belongs to an Unknot login, we have emailed it a link to choose a new password. The link works once, for an hour. Check your spam folder if nothing arrives.",
  resetDone: "Your password is changed and every session of your login has ended. Sign in with the new password.",
  changed: (ended: number) =>
    ended === 0
      ? "Password changed."
      : `Password changed. ${ended === 1 ? "Your other session has" : `Your ${ended} other sessions have`} ended.`,
} as const;

export const RESET_CODES: Record<Code<ResetResult>, string> = {
  "reset.invalid": "This reset link is not valid. Ask for a new one.",
  "reset.expired": "This reset link has expired. Ask for a new one.",
  "reset.used": "This reset link was already used, or a newer one was sent. Use the newest email, or ask again.",
  "reset.limited": "This connection has tried too many reset links in the last hour. Wait an hour, then try again.",
};

export const CHANGE_CODES: Record<Code<ChangePasswordResult>, string> = {
  "account.wrong-password": "That is not your current password.",
  "account.locked": "Too many wrong passwords from here. Wait a while, then try again.",
};

/** What a reset link's page says when the link cannot be used. */
export const RESET_LINK_GONE: Record<Exclude<ResetLinkState, "valid">, { title: string; text: string }> = {
  invalid: {
    title: "This link is not valid",
    text: "Check that you opened the whole link from the email, or ask for a new one.",
  },
  expired: { title: "This link has expired", text: "Reset links work for an hour. Ask for a new one." },
  used: {
    title: "This link can no longer be used",
    text: "It was already used, or a newer link was sent. Use the newest email, or ask for a new one.",
  },
};
