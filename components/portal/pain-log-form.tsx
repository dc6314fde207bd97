"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import { painLogSchema } from "@/lib/validation/portal";

const SCORES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

export function PainLogForm({
  action,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  today: { score: number; note: string | null } | null;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(painLogSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pain today" className="space-y-3">
      <RadioGroup
        legend="How much pain do you have today? (0 = none, 10 = worst imaginable)"
        name="score"
        options={SCORES}
        defaultValue={today ? String(today.score) : undefined}
        error={errors.score}
      />
      <TextField label="Note (optional)" name="note" defaultValue={today?.note ?? ""} error={errors.note} />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        {today ? "Update today's pain" : "Log pain"}
      </Button>
    </form>
  );
}
