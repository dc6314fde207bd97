"use client";

import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadSetPasswordSchema = () => import("@/lib/validation/portal").then((m) => m.setPasswordSchema);

/** Choosing a password (twice) from an emailed invitation link: a client's or a staff member's. */
export function SetPasswordForm({
  action,
  email,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  email: string;
  /** What happens next, in the button's words ("Set password and open my plan"). */
  submitLabel: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadSetPasswordSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={errors} />
      <Button type="submit" disabled={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
