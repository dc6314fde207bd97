"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useAnnounce } from "./flag-status";
import type { FormState } from "@/lib/validation/parse";

const loadClearanceSchema = () => import("@/lib/validation/flag").then((m) => m.clearanceSchema);
const loadReferralSchema = () => import("@/lib/validation/flag").then((m) => m.referralSchema);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ReferralForm({ action, flagName }: { action: Action; flagName: string }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadReferralSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Referral for ${flagName}`} className="space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label="Referred to"
        name="referredTo"
        hint="Who the client was referred to, e.g. their GP or A&E"
        error={errors.referredTo}
      />
      <TextField label="Referral date" name="referredOn" type="date" error={errors.referredOn} />
      <TextAreaField label="Referral note" name="referralNote" error={errors.referralNote} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save referral
      </Button>
    </form>
  );
}

export function ClearanceForm({ action, flagName }: { action: Action; flagName: string }) {
  const announce = useAnnounce();
  // The flag closes and its card leaves the list with this form: say it where it stays.
  const clear: Action = async (previous, formData) => {
    const next = await action(previous, formData);
    if (next.ok && next.message) announce(`${flagName}: ${next.message}`);
    return next;
  };
  const { state, errors, pending, onSubmit } = useActionForm(loadClearanceSchema, clear);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Clearance for ${flagName}`} className="space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label="Cleared by"
        name="clearedBy"
        hint="The clinician who cleared the client for hands-on work"
        error={errors.clearedBy}
      />
      <TextField label="Clearance date" name="clearedOn" type="date" error={errors.clearedOn} />
      <TextAreaField label="Clearance note" name="clearanceNote" error={errors.clearanceNote} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save clearance
      </Button>
    </form>
  );
}
