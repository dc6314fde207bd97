"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { acceptInvitation } from "@/lib/dal/invitations";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { invitationSignInSchema, setPasswordSchema } from "@/lib/validation/portal";

const GONE = {
  invalid: "This invitation link is not valid. Ask your therapist for a new one.",
  expired: "This invitation link has expired. Ask your therapist for a new one.",
  used: "This invitation link has already been used. Sign in with your email and password instead.",
  revoked: "This invitation is no longer valid. Open the latest invitation email, or ask your therapist for a new one.",
  taken: "This email address cannot accept this invitation. Ask your therapist to invite another address.",
  limited: "This connection has tried too many invitation links in the last hour. Wait an hour, then try again.",
  "sign-in": "This email address already has an Unknot login. Reload the page and sign in with it to accept.",
  "set-password": "This email address has no login yet. Reload the page and choose a password to accept.",
  "invalid-password": "That password does not match the login for this email address. Check it and try again.",
  locked: "Too many failed attempts from here. Sign-in from this connection is paused for a while; try again later.",
  slowed:
    "This account has had many failed sign-in attempts, so it takes one try at a time. Wait a minute and try again.",
} as const;

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(setPasswordSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await acceptInvitation(String(token), parsed.data.password);
  if (!result.ok) return { message: GONE[result.state] };
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/portal" });
  return {};
}

/** An invitation to an address that already has a client login: its owner signs in to accept. */
export async function acceptBySignInAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(invitationSignInSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  try {
    // Success throws Next's redirect, which must propagate.
    await signIn("invitation", { token: String(token), password: parsed.data.password, redirectTo: "/portal" });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const code = error.code as keyof typeof GONE;
      return code === "invalid-password"
        ? { errors: { password: GONE[code] } }
        : { message: GONE[code] ?? GONE.invalid };
    }
    if (error instanceof AuthError) return { message: GONE.invalid };
    throw error;
  }
}
