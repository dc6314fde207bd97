"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadClientSchema = () => import("@/lib/validation/client").then((m) => m.clientSchema);

export interface ClientFormValues {
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  primaryTherapistId: string | null;
}

interface ClientFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  therapists: { id: string; name: string }[];
  values?: ClientFormValues;
  submitLabel: string;
}

export function ClientForm({ action, therapists, values, submitLabel }: ClientFormProps) {
  const { state, errors, pending, onSubmit } = useActionForm(loadClientSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Given name"
          name="givenName"
          autoComplete="off"
          required
          defaultValue={values?.givenName}
          error={errors.givenName}
        />
        <TextField
          label="Family name"
          name="familyName"
          autoComplete="off"
          required
          defaultValue={values?.familyName}
          error={errors.familyName}
        />
      </div>
      <TextField
        label="Date of birth"
        name="dateOfBirth"
        type="date"
        defaultValue={values?.dateOfBirth ?? ""}
        error={errors.dateOfBirth}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values?.email ?? ""}
          error={errors.email}
        />
        <TextField
          label="Phone"
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values?.phone ?? ""}
          error={errors.phone}
        />
      </div>
      <SelectField
        label="Primary therapist"
        name="primaryTherapistId"
        placeholder="Not assigned"
        options={therapists.map((t) => ({ value: t.id, label: t.name }))}
        defaultValue={values?.primaryTherapistId ?? ""}
        error={errors.primaryTherapistId}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
