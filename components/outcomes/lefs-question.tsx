"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/fields";
import { LEFS_ITEMS, LEFS_QUESTION, LEFS_RESPONSES } from "@/lib/domain/outcomes/measures";
import { parseForm, type FormState } from "@/lib/validation/parse";

/**
 * One LEFS question on a phone screen: the activity, five large choices and Next (or Skip). The
 * answer is saved when sent, so a reload, or another device, resumes at the next question.
 */
export function LefsQuestion({
  item,
  answer,
  action,
}: {
  item: number;
  /** The answer saved before (going back to change it), null if skipped, undefined if not reached. */
  answer: number | null | undefined;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.errors ?? {};

  async function check(form: HTMLFormElement, formData: FormData) {
    // zod and the schema load on the first answer, not with the page (components/ui/use-action-form.ts);
    // without them the server's own check answers.
    const schemas = await import("@/lib/validation/outcomes").catch(() => null);
    const parsed = schemas ? parseForm(schemas.lefsAnswerSchema, formData) : null;
    if (parsed && !parsed.ok) {
      setClientErrors(parsed.errors);
      form.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button pressed is part of the answer: Skip sends "skip" (whatever is ticked), Next the chosen option.
    const skip = (event.nativeEvent as SubmitEvent).submitter?.dataset.skip === "true";
    const formData = new FormData(event.currentTarget);
    if (skip) formData.set("answer", "skip");
    void check(event.currentTarget, formData);
  }

  const legendId = `lefs-item-${item}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Question ${item} of ${LEFS_ITEMS.length}`} className="space-y-4">
      <input type="hidden" name="item" value={item} />
      <fieldset
        aria-describedby={errors.answer ? "field-answer-error" : undefined}
        aria-invalid={errors.answer ? true : undefined}
      >
        <legend id={legendId} className="mb-1">
          <span className="block text-sm text-slate-700">{LEFS_QUESTION}</span>
          <span className="block text-xl font-semibold">{LEFS_ITEMS[item - 1]}</span>
        </legend>
        <div className="mt-3 space-y-2">
          {[...LEFS_RESPONSES].reverse().map((r) => (
            <label
              key={r.value}
              className="flex min-h-12 items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100"
            >
              <input
                type="radio"
                name="answer"
                value={String(r.value)}
                defaultChecked={answer === r.value}
                className="h-5 w-5 shrink-0"
              />
              <span>{r.label}</span>
            </label>
          ))}
        </div>
        <FieldMessage id="field-answer" error={errors.answer ?? errors.item} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} className="min-h-11 flex-1">
          {item < LEFS_ITEMS.length ? "Next" : "Save and review"}
        </Button>
        <Button type="submit" data-skip="true" variant="secondary" disabled={pending} className="min-h-11">
          Skip this question
        </Button>
      </div>
      {state.message ? (
        <p role="alert" className="text-sm text-red-900">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
