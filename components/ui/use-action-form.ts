"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import { parseForm, type FormState } from "@/lib/validation/parse";

/**
 * Wires a form to a server action with the same zod schema on both sides: the browser shows
 * the schema's messages before anything is sent, the server parses again (it trusts nothing) and
 * answers with the same shape. The form is submitted without React's automatic reset, so what
 * the person typed stays in the fields when the server refuses it.
 *
 * The schema comes as a loader (`() => import("@/lib/validation/…").then((m) => m.schema)`): zod
 * and the schemas are fetched on the first submit instead of with every page that has a form,
 * which kept first-load JavaScript within budget (issue 14: 90 KB gzip on /portal and /clients).
 * If the chunk cannot be fetched, the form is sent as it is and the server's messages answer.
 */
export function useActionForm<S extends z.ZodType, T extends FormState = FormState>(
  loadSchema: () => Promise<S>,
  action: (state: T, formData: FormData) => Promise<T>,
) {
  const [state, dispatch, pending] = useActionState<T, FormData>(action, {} as Awaited<T>);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [checking, setChecking] = useState(false);

  async function checkAndSend(form: HTMLFormElement) {
    // The values as they were when the person submitted, whatever happens while the schema loads.
    const formData = new FormData(form);
    setChecking(true);
    const schema = await loadSchema().catch(() => null);
    setChecking(false);
    const parsed = schema ? parseForm(schema, formData) : null;
    if (parsed && !parsed.ok) {
      setClientErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      const field = first ? form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null;
      field?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    void checkAndSend(event.currentTarget);
  }

  const errors = clientErrors ?? state.errors ?? {};
  return { state, errors, pending: pending || checking, onSubmit };
}
