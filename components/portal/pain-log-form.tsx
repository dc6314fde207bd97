"use client";

import { Button } from "@/components/ui/button";
import { FieldMessage, FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";

const loadPainLogSchema = () => import("@/lib/validation/portal").then((m) => m.painLogSchema);

const SCORES = Array.from({ length: 11 }, (_, i) => String(i));

/** Today's pain (NPRS 0–10) on one row of a phone, with an optional note: it sits on the first screen of Today. */
export function PainLogForm({
  action,
  today,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  today: { score: number; note: string | null } | null;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadPainLogSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pain today" className="space-y-2">
      <fieldset
        aria-describedby={errors.score ? "field-score-error" : undefined}
        aria-invalid={errors.score ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">0 = no pain, 10 = the worst imaginable</legend>
        <div className="mt-1 grid grid-cols-11 gap-1">
          {SCORES.map((score) => (
            <label
              key={score}
              className="flex flex-col items-center rounded border border-slate-300 bg-white py-0.5 text-sm leading-5 font-medium has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100"
            >
              {score}
              <input
                type="radio"
                name="score"
                value={score}
                defaultChecked={today ? String(today.score) === score : false}
                className="h-4 w-4"
              />
            </label>
          ))}
        </div>
        <FieldMessage id="field-score" error={errors.score} />
      </fieldset>
      <div className="flex items-start justify-between gap-2">
        {/* The note folds away until wanted (open when today's has one), keeping Today's first screen short. */}
        <details open={Boolean(today?.note) || Boolean(errors.note)} className="min-w-0 flex-1">
          <summary className="cursor-pointer py-2 text-sm font-medium text-brand-900 underline">Add a note</summary>
          <TextField label="Note (optional)" name="note" defaultValue={today?.note ?? ""} error={errors.note} />
        </details>
        <Button type="submit" disabled={pending} className="min-h-11 shrink-0">
          {today ? (
            <>
              Update<span className="sr-only"> today&apos;s pain</span>
            </>
          ) : (
            "Log pain"
          )}
        </Button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
