"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadConsentSchema = () => import("@/lib/validation/client").then((m) => m.consentSchema);

export function ConsentForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadConsentSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label="Client types their full name"
        name="consentName"
        autoComplete="off"
        error={errors.consentName}
      />
      <CheckboxField
        name="confirm"
        label="The client has read the treatment information and consents to treatment."
        error={errors.confirm}
      />
      <Button type="submit" disabled={pending}>
        Record consent
      </Button>
    </form>
  );
}
