"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadPortalConsentSchema = () => import("@/lib/validation/client").then((m) => m.portalConsentSchema);

/** The client types their name to consent to treatment, as they would sign the clinic's form. */
export function PortalConsentForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadPortalConsentSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Consent to treatment" className="space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label="Type your full name"
        name="consentName"
        autoComplete="name"
        hint="Typing your name here counts as your signature."
        error={errors.consentName}
      />
      <CheckboxField
        name="confirm"
        label="I have read the information above and I consent to treatment."
        error={errors.confirm}
      />
      <Button type="submit" disabled={pending}>
        Give consent
      </Button>
    </form>
  );
}
