"use client";

import Link from "next/link";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { changePasswordAction } from "@/app/(clinician)/settings/account/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

const loadChangePasswordSchema = () => import("@/lib/validation/account").then((m) => m.changePasswordSchema);
const loadResetPasswordSchema = () => import("@/lib/validation/account").then((m) => m.resetPasswordSchema);
const loadResetRequestSchema = () => import("@/lib/validation/account").then((m) => m.resetRequestSchema);

/** Asking for a reset link by email. */
export function ForgotPasswordForm() {
  const { state, errors, pending, onSubmit } = useActionForm(loadResetRequestSchema, requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required error={errors.email} />
      <Button type="submit" disabled={pending} className="w-full">
        Email me a reset link
      </Button>
    </form>
  );
}

/** Choosing a new password from a reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadResetPasswordSchema, resetPasswordAction);
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage message={state.message} ok />
        <Link href="/sign-in" className="text-brand-700 underline">
          Go to sign-in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.message ?? errors.token} ok={false} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending} className="w-full">
        Set new password
      </Button>
    </form>
  );
}

/** A signed-in person changing their password. */
export function ChangePasswordForm() {
  const { state, errors, pending, onSubmit } = useActionForm(loadChangePasswordSchema, changePasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        error={errors.current}
      />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending}>
        Change password
      </Button>
    </form>
  );
}
