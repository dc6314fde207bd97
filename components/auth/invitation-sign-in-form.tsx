"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadInvitationSignInSchema = () => import("@/lib/validation/portal").then((m) => m.invitationSignInSchema);

/**
 * Accepting an invitation with the login the invited address already has (a client of another
 * practice): the password proves it, and the new practice joins that login.
 */
export function InvitationSignInForm({
  action,
  email,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  email: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadInvitationSignInSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in and accept"}
      </Button>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
