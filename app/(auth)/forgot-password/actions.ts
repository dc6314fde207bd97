"use server";

import { ACCOUNT_MESSAGES } from "@/components/auth/account-messages";
import { requestPasswordReset } from "@/lib/dal/password-reset";
import { resetRequestSchema } from "@/lib/validation/account";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resetRequestSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await requestPasswordReset(parsed.data.email);
  // The same answer whether or not the address has a login.
  return { ok: true, message: ACCOUNT_MESSAGES.resetRequested };
}
