"use server";

import { ACCOUNT_MESSAGES, RESET_CODES } from "@/components/auth/account-messages";
import { resetPassword } from "@/lib/dal/password-reset";
import { resetPasswordSchema } from "@/lib/validation/account";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (!result.ok) return { message: RESET_CODES[result.code] };
  return { ok: true, message: ACCOUNT_MESSAGES.resetDone };
}
