"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadCheckInSchema = () => import("@/lib/validation/outcomes").then((m) => m.checkInSchema);

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/** Pain now (NPRS) and the activities the client named at intake rated again (PSFS), on one phone screen. */
export function CheckInForm({
  action,
  activities,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  activities: string[];
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadCheckInSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pain and activities check-in" className="space-y-3">
      <SelectField
        label="Your pain now (0 none – 10 worst imaginable)"
        name="rating"
        placeholder="Choose"
        options={ZERO_TO_TEN}
        error={errors.rating}
      />
      {activities.map((activity, i) => (
        <SelectField
          key={activity + i}
          label={`How well can you do this now: ${activity} (0 unable – 10 as before)`}
          name={`ratings.${i}`}
          placeholder="Choose"
          options={ZERO_TO_TEN}
          error={errors[`ratings.${i}`]}
        />
      ))}
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending} className="min-h-11">
        Save check-in
      </Button>
    </form>
  );
}
