"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import { useResetOnSuccess } from "./use-reset-on-success";
import { ROLE_OPTIONS } from "./staff-messages";

const loadStaffInviteSchema = () => import("@/lib/validation/staff").then((m) => m.staffInviteSchema);

/** Invites someone to the staff: they get an emailed link to set their password. */
export function StaffInviteForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadStaffInviteSchema, action);
  const form = useResetOnSuccess(state);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Invite staff" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Email" name="email" id="invite-email" type="email" autoComplete="off" error={errors.email} />
        <TextField label="Name" name="displayName" id="invite-name" autoComplete="off" error={errors.displayName} />
        <SelectField
          label="Role"
          name="role"
          id="invite-role"
          defaultValue="therapist"
          options={ROLE_OPTIONS}
          error={errors.role}
        />
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Send invitation
      </Button>
    </form>
  );
}
