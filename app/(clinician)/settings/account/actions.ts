"use server";

import { ACCOUNT_MESSAGES, CHANGE_CODES } from "@/components/auth/account-messages";
import { changePassword } from "@/lib/dal/account";
import { changePasswordSchema } from "@/lib/validation/account";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await changePassword(parsed.data.current, parsed.data.password);
  if (!result.ok) {
    return result.code === "account.wrong-password"
      ? { errors: { current: CHANGE_CODES[result.code] } }
      : { message: CHANGE_CODES[result.code] };
  }
  return { ok: true, message: ACCOUNT_MESSAGES.changed(result.sessionsEnded) };
}
