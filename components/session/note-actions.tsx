"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import { amendmentSchema } from "@/lib/validation/session-note";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Signing locks the note; the server refuses while the screen has not been re-asked. */
export function SignForm({ action, version }: { action: Action; version: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Sign and lock note
      </Button>
    </form>
  );
}

export function AmendmentForm({ action }: { action: Action }) {
  const { state, errors, pending, onSubmit } = useActionForm(amendmentSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage message={state.message} ok={state.ok} />
      <TextAreaField
        label="Amendment"
        name="body"
        hint="Dated and added below the signed note; the note itself does not change."
        error={errors.body}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add amendment
      </Button>
    </form>
  );
}
