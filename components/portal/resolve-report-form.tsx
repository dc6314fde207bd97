"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadResolveReportSchema = () => import("@/lib/validation/portal").then((m) => m.resolveReportSchema);

export function ResolveReportForm({
  action,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadResolveReportSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="mt-2 space-y-2">
      <TextField label="Follow-up note" name="resolution" error={errors.resolution} />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Mark resolved
      </Button>
    </form>
  );
}
