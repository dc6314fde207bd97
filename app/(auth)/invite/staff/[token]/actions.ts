"use server";

import { STAFF_INVITATION_GONE } from "@/components/settings/staff-messages";
import { signIn } from "@/lib/auth/config";
import { acceptStaffInvitation } from "@/lib/dal/staff-invitations";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { setPasswordSchema } from "@/lib/validation/portal";

export async function acceptStaffInvitationAction(
  token: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(setPasswordSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await acceptStaffInvitation(String(token), parsed.data.password);
  if (!result.ok) return { message: STAFF_INVITATION_GONE[result.state].text };
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: result.home });
  return {};
}
