"use client";

import { Button } from "@/components/ui/button";
import { control, FieldMessage, FormMessage } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { WEEKDAY_KEYS } from "@/lib/validation/weekdays";
import type { FormState } from "@/lib/validation/parse";
import { WEEKDAY_NAMES } from "./settings-messages";

const loadWorkingHoursSchema = () => import("@/lib/validation/availability").then((m) => m.workingHoursSchema);

const RANGES_A_DAY = 4;

type Range = { start: string; end: string };

/** One time input of the week, labelled with its range for a screen reader ("From, range 2"). */
function TimeInput({
  name,
  label,
  range,
  value,
  error,
}: {
  name: string;
  label: string;
  range: number;
  value: string;
  error?: string;
}) {
  const id = `hours-${name.replaceAll(".", "-")}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm text-slate-800">
        {label}
        <span className="sr-only">, range {range}</span>
      </label>
      <input
        id={id}
        name={name}
        // A saved end of "24:00" (midnight) is no value a time input can hold: it would be lost.
        type={value === "24:00" ? "text" : "time"}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={control}
      />
      <FieldMessage id={id} error={error} />
    </div>
  );
}

/**
 * A therapist's working week: a fieldset per weekday with up to four ranges (a lunch break is
 * two ranges). An empty pair is no range; saving replaces the whole week.
 */
export function WorkingWeekForm({
  action,
  hours,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hours: { weekday: number; start: string; end: string }[];
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadWorkingHoursSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Working week" className="space-y-4">
      <p className="text-sm text-slate-700">
        Up to {RANGES_A_DAY} ranges a day; leave a day empty when not working. Times are 24-hour.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {WEEKDAY_KEYS.map((key, i) => {
          const ranges: Range[] = hours.filter((h) => h.weekday === i + 1);
          return (
            <fieldset key={key} className="rounded-md border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{WEEKDAY_NAMES[i]}</legend>
              <div className="space-y-2">
                {Array.from({ length: RANGES_A_DAY }, (_, n) => {
                  const prefix = `hours.${key}.${n}`;
                  return (
                    <div key={n} className="grid grid-cols-2 gap-2">
                      <TimeInput
                        name={`${prefix}.start`}
                        label="From"
                        range={n + 1}
                        value={ranges[n]?.start ?? ""}
                        error={errors[`${prefix}.start`]}
                      />
                      <TimeInput
                        name={`${prefix}.end`}
                        label="Until"
                        range={n + 1}
                        value={ranges[n]?.end ?? ""}
                        error={errors[`${prefix}.end`]}
                      />
                    </div>
                  );
                })}
              </div>
              <FieldMessage id={`hours-${key}`} error={errors[`hours.${key}`]} />
            </fieldset>
          );
        })}
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Save working week
      </Button>
    </form>
  );
}
