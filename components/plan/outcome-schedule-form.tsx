"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadOutcomeScheduleSchema = () => import("@/lib/validation/outcomes").then((m) => m.outcomeScheduleSchema);

const CHOICES = [
  { value: "", label: "Not on a schedule (intake and discharge only)" },
  { value: "7", label: "Every week" },
  { value: "14", label: "Every 2 weeks" },
  { value: "21", label: "Every 3 weeks" },
  { value: "28", label: "Every 4 weeks" },
  { value: "42", label: "Every 6 weeks" },
  { value: "56", label: "Every 8 weeks" },
];

/** How often the client's portal asks for the LEFS and the pain and activities check-in while the plan runs. */
export function OutcomeScheduleForm({
  action,
  everyDays,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  everyDays: number | null;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadOutcomeScheduleSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Questionnaire schedule" className="space-y-3">
      <SelectField
        label="Questionnaires (LEFS, pain and activities)"
        name="everyDays"
        options={CHOICES}
        defaultValue={everyDays === null ? "" : String(everyDays)}
        error={errors.everyDays}
        hint="The client's portal asks for them on this schedule, counted from the last one."
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save schedule
      </Button>
    </form>
  );
}
