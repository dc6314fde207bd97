"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { SOAP_FORM_ID } from "./soap-form";
import type { FormState } from "@/lib/validation/parse";

const loadAmendmentSchema = () => import("@/lib/validation/session-note").then((m) => m.amendmentSchema);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Signing locks the note as the draft form above shows it, unsaved edits included: the button
 * sends that form's fields (the server saves and signs them in one step). The server refuses
 * while the screen has not been re-asked, and names any field that is not valid.
 */
export function SignForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const note = document.getElementById(SOAP_FORM_ID);
    if (!(note instanceof HTMLFormElement)) return;
    event.preventDefault();
    const fields = new FormData(note);
    startTransition(() => formAction(fields));
  };
  const problems = Object.values(state.errors ?? {});
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
      <FormMessage message={state.message} ok={state.ok} />
      {problems.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" disabled={pending}>
        Sign and lock note
      </Button>
    </form>
  );
}

export function AmendmentForm({ action }: { action: Action }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadAmendmentSchema, action);
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
