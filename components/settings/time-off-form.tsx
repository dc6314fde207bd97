"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import { useResetOnSuccess } from "./use-reset-on-success";

const loadTimeOffSchema = () => import("@/lib/validation/availability").then((m) => m.timeOffSchema);

/** Adding time off: whole days (first to last), or part of one day (from and until). */
export function TimeOffForm({
  action,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  today: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadTimeOffSchema, action);
  const form = useResetOnSuccess(state);
  const [kind, setKind] = useState("all-day");
  const onKind = (event: FormEvent<HTMLDivElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === "kind") setKind(target.value);
  };
  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      onReset={() => setKind("all-day")}
      noValidate
      aria-label="Add time off"
      className="space-y-3"
    >
      <div onChange={onKind}>
        <RadioGroup
          legend="Time off for"
          name="kind"
          defaultValue="all-day"
          error={errors.kind}
          options={[
            { value: "all-day", label: "Whole days" },
            { value: "partial", label: "Part of a day" },
          ]}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={kind === "all-day" ? "First day" : "Day"}
          name="fromDay"
          id="time-off-from-day"
          type="date"
          min={today}
          error={errors.fromDay}
        />
        {kind === "all-day" ? (
          <TextField
            label="Last day"
            name="toDay"
            id="time-off-to-day"
            type="date"
            min={today}
            hint="Leave empty for a single day."
            error={errors.toDay}
          />
        ) : (
          <div className="grid grid-cols-2 gap-3">
            <TextField label="From" name="startTime" id="time-off-start" type="time" error={errors.startTime} />
            <TextField label="Until" name="endTime" id="time-off-end" type="time" error={errors.endTime} />
          </div>
        )}
      </div>
      <TextField
        label="Note (optional)"
        name="note"
        id="time-off-note"
        hint="Only staff see it, e.g. “Course in Leeds”."
        error={errors.note}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add time off
      </Button>
    </form>
  );
}
