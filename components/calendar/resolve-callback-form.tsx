"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadResolveCallbackSchema = () => import("@/lib/validation/appointments").then((m) => m.resolveCallbackSchema);

/** Closing a callback request with a note of what was done (called back, booked, referred …). */
export function ResolveCallbackForm({
  id,
  name,
  action,
}: {
  id: string;
  name: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadResolveCallbackSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Resolve the request from ${name}`} className="mt-3 space-y-2">
      <TextAreaField
        label="What was done"
        name="resolution"
        id={`resolution-${id}`}
        rows={2}
        required
        hint="For example: called back, booked a consultation; or advised to see their GP first."
        error={errors.resolution}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Resolve<span className="sr-only"> the request from {name}</span>
      </Button>
    </form>
  );
}
