"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadReminderSchema = () => import("@/lib/validation/portal").then((m) => m.reminderSchema);

/** The time of the daily homework reminder, on the practice's clock. */
export function ReminderForm({
  action,
  time,
  zoneName,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  time: string | null;
  zoneName: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadReminderSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Daily reminder" className="space-y-3">
      <TextField
        label="Time of day"
        hint={`${zoneName} time, the practice's clock.`}
        name="time"
        type="time"
        defaultValue={time ?? "08:00"}
        error={errors.time}
        className="max-w-xs"
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending} className="min-h-11">
        {time ? "Save reminder time" : "Email me a daily reminder"}
      </Button>
    </form>
  );
}
