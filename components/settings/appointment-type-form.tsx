"use client";

import { Button } from "@/components/ui/button";
import { FieldMessage, FormMessage, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { AppointmentTypeInput } from "@/lib/validation/availability";
import type { FormState } from "@/lib/validation/parse";
import { useResetOnSuccess } from "./use-reset-on-success";

const loadAppointmentTypeSchema = () => import("@/lib/validation/availability").then((m) => m.appointmentTypeSchema);

/** A checkbox whose id carries the form's prefix: several type forms share one page. */
function Check({
  prefix,
  name,
  label,
  checked,
  error,
}: {
  prefix: string;
  name: string;
  label: string;
  checked: boolean;
  error?: string;
}) {
  const id = `${prefix}-${name}`;
  return (
    <div>
      <label className="inline-flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-4 w-4"
        />
        <span>{label}</span>
      </label>
      <FieldMessage id={id} error={error} />
    </div>
  );
}

const EMPTY: AppointmentTypeInput = {
  name: "",
  description: null,
  lengthMinutes: 60,
  bufferMinutes: 15,
  priceText: null,
  bookableOnline: false,
  active: true,
};

/** Edits one appointment type (or, without `type`, adds one): length, buffer after, price text, who may book it. */
export function AppointmentTypeForm({
  action,
  type,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  type?: AppointmentTypeInput & { id: string };
  label: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadAppointmentTypeSchema, action);
  const form = useResetOnSuccess(type ? {} : state);
  const values = type ?? EMPTY;
  const prefix = `type-${type?.id ?? "new"}`;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label={label} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name" name="name" id={`${prefix}-name`} defaultValue={values.name} error={errors.name} />
        <TextField
          label="Price (shown as written)"
          name="priceText"
          id={`${prefix}-price`}
          defaultValue={values.priceText ?? ""}
          hint="For example £50, or “from £40”."
          error={errors.priceText}
        />
        <TextField
          label="Length (minutes)"
          name="lengthMinutes"
          id={`${prefix}-length`}
          type="number"
          inputMode="numeric"
          min={10}
          max={480}
          defaultValue={values.lengthMinutes}
          error={errors.lengthMinutes}
        />
        <TextField
          label="Buffer after (minutes)"
          name="bufferMinutes"
          id={`${prefix}-buffer`}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          defaultValue={values.bufferMinutes}
          hint="Time kept free after it, for notes and the room."
          error={errors.bufferMinutes}
        />
      </div>
      <TextAreaField
        label="Description (optional)"
        name="description"
        id={`${prefix}-description`}
        rows={2}
        defaultValue={values.description ?? ""}
        error={errors.description}
      />
      <Check
        prefix={prefix}
        name="bookableOnline"
        label="New clients may book it online"
        checked={values.bookableOnline}
        error={errors.bookableOnline}
      />
      <Check
        prefix={prefix}
        name="active"
        label="Active (offered for booking)"
        checked={values.active}
        error={errors.active}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant={type ? "secondary" : "primary"} disabled={pending}>
        {type ? (
          <>
            Save<span className="sr-only"> {type.name}</span>
          </>
        ) : (
          "Add appointment type"
        )}
      </Button>
    </form>
  );
}
