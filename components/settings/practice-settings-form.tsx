"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { PracticeSettings } from "@/lib/dal/practice-settings";
import type { FormState } from "@/lib/validation/parse";

const loadPracticeSettingsSchema = () => import("@/lib/validation/staff").then((m) => m.practiceSettingsSchema);

/** The practice's name, time zone, contact details and booking address. */
export function PracticeSettingsForm({
  action,
  settings,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  settings: PracticeSettings;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadPracticeSettingsSchema, action);
  const [slug, setSlug] = useState(settings.slug);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Practice settings" className="space-y-4">
      <TextField
        label="Practice name"
        name="name"
        id="practice-name"
        defaultValue={settings.name}
        autoComplete="organization"
        error={errors.name}
      />
      <SelectField
        label="Time zone"
        name="timeZone"
        id="practice-time-zone"
        defaultValue={settings.timeZone}
        hint="Appointments, reminders and calendar days follow it."
        options={settings.timeZones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
        error={errors.timeZone}
      />
      <TextField
        label="Phone"
        name="phone"
        id="practice-phone"
        type="tel"
        defaultValue={settings.phone ?? ""}
        autoComplete="tel"
        hint="Shown to clients in the portal and on the booking pages."
        error={errors.phone}
      />
      <TextAreaField
        label="Address"
        name="address"
        id="practice-address"
        defaultValue={settings.address ?? ""}
        autoComplete="street-address"
        hint="Shown to clients in the portal and on the booking pages."
        error={errors.address}
      />
      <TextField
        label="Booking address"
        name="slug"
        id="practice-slug"
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        hint="Lower-case letters, digits and hyphens. Changing it makes links to the old address stop working."
        error={errors.slug}
      />
      <p className="text-sm text-slate-700">
        Online booking page:{" "}
        <span className="font-semibold break-all">{`${settings.origin}/book/${slug.trim().toLowerCase()}`}</span>
      </p>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Save practice settings
      </Button>
    </form>
  );
}
