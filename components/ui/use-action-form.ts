"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import { parseForm, type FormState } from "@/lib/validation/parse";

/**
 * Wires a form to a server action with the same zod schema on both sides: the browser shows
 * the schema's messages at once, the server parses again (it trusts nothing) and answers with
 * the same shape. The form is submitted without React's automatic reset, so what the person
 * typed stays in the fields when the server refuses it.
 */
export function useActionForm<S extends z.ZodType, T extends FormState = FormState>(
  schema: S,
  action: (state: T, formData: FormData) => Promise<T>,
) {
  const [state, dispatch, pending] = useActionState<T, FormData>(action, {} as Awaited<T>);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) {
      setClientErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      const field = first ? form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null;
      field?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  const errors = clientErrors ?? state.errors ?? {};
  return { state, errors, pending, onSubmit };
}
