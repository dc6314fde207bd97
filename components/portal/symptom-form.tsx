"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { STOP_SYMPTOM_NAMES, STOP_SYMPTOMS } from "@/lib/domain/symptoms";
import type { FormState } from "@/lib/validation/parse";

const loadSymptomSchema = () => import("@/lib/validation/portal").then((m) => m.symptomSchema);

export function SymptomForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadSymptomSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Report a symptom" className="space-y-3">
      <RadioGroup
        legend="What do you feel?"
        name="kind"
        inline={false}
        error={errors.kind}
        options={STOP_SYMPTOMS.map((kind) => ({ value: kind, label: STOP_SYMPTOM_NAMES[kind] }))}
      />
      <TextField label="What happened (optional)" name="note" error={errors.note} />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Send to my therapist
      </Button>
    </form>
  );
}
