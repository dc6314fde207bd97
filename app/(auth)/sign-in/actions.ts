"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { fieldErrors } from "@/lib/validation/field-errors";
import { signInSchema } from "@/lib/validation/sign-in";

export interface SignInState {
  email?: string;
  fieldErrors?: { email?: string; password?: string };
  formError?: string;
}

const INVALID = "That email and password do not match an account. Check them and try again.";
const LOCKED =
  "Too many failed attempts from here. Sign-in from this connection is paused for a while; try again later.";
const SLOWED =
  "This account has had many failed sign-in attempts, so it takes one try at a time. Wait a minute and try again.";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")).slice(0, 254) : "";
  if (!parsed.success) {
    return { email, fieldErrors: fieldErrors(parsed.error) };
  }
  try {
    // Success throws Next's redirect, which must propagate; the start page routes by role.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const formError = error.code === "locked" ? LOCKED : error.code === "slowed" ? SLOWED : INVALID;
      return { email, formError };
    }
    if (error instanceof AuthError) return { email, formError: INVALID };
    throw error;
  }
}
