"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadBookingRulesSchema = () => import("@/lib/validation/availability").then((m) => m.bookingRulesSchema);

/** The practice's online booking rules, in the units people think in (hours, weeks). */
export function BookingRulesForm({
  action,
  rules,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  rules: { minNoticeHours: number; horizonWeeks: number; cancelWindowHours: number };
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadBookingRulesSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Booking rules" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Minimum notice (hours)"
          name="minNoticeHours"
          id="rules-notice"
          type="number"
          inputMode="numeric"
          min={0}
          max={336}
          defaultValue={rules.minNoticeHours}
          hint="How long before a time it can still be booked online."
          error={errors.minNoticeHours}
        />
        <TextField
          label="Booking opens (weeks ahead)"
          name="horizonWeeks"
          id="rules-horizon"
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          defaultValue={rules.horizonWeeks}
          hint="How far ahead clients may book."
          error={errors.horizonWeeks}
        />
        <TextField
          label="Cancellation window (hours)"
          name="cancelWindowHours"
          id="rules-cancel"
          type="number"
          inputMode="numeric"
          min={0}
          max={336}
          defaultValue={rules.cancelWindowHours}
          hint="Closer than this, clients must call to change or cancel."
          error={errors.cancelWindowHours}
        />
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Save booking rules
      </Button>
    </form>
  );
}
