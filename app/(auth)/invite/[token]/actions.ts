"use server";

import { signIn } from "@/lib/auth/config";
import { acceptInvitation } from "@/lib/dal/invitations";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { setPasswordSchema } from "@/lib/validation/portal";

const GONE = {
  invalid: "This invitation link is not valid. Ask your therapist for a new one.",
  expired: "This invitation link has expired. Ask your therapist for a new one.",
  used: "This invitation link has already been used. Sign in with your email and password instead.",
  revoked: "This invitation is no longer valid. Open the latest invitation email, or ask your therapist for a new one.",
  taken: "A login already exists for this email address. Sign in instead, or ask your therapist.",
  limited: "This connection has tried too many invitation links in the last hour. Wait an hour, then try again.",
} as const;

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(setPasswordSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await acceptInvitation(String(token), parsed.data.password);
  if (!result.ok) return { message: GONE[result.state] };
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/portal" });
  return {};
}
