"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CONTRAINDICATIONS, FLAG_LEVEL_NAMES } from "@/lib/domain/reference/contraindications";
import { LEVEL_STYLE } from "@/lib/flag-display";
import type { FormState } from "@/lib/validation/parse";
import { screenSchema } from "@/lib/validation/screen";

const ANSWERS = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "unknown", label: "Unknown" },
];

/** The contraindication screen: every condition answered yes / no / unknown, with a note. */
export function ScreenForm({
  action,
  submitLabel = "Record screen",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel?: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(screenSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contraindication screen" className="space-y-3">
      <p className="text-sm text-slate-700">
        Ask every question. “Unknown” is treated like “yes” until it is answered: screening comes first.
      </p>
      {CONTRAINDICATIONS.map((c) => {
        const style = LEVEL_STYLE[c.level];
        return (
          <div key={c.id} className="rounded-md border border-slate-200 p-3">
            <RadioGroup
              legend={
                <>
                  <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${style.badge}`}>
                    {FLAG_LEVEL_NAMES[c.level]}
                  </span>
                  {c.name}
                  <span className="block text-xs font-normal text-slate-600">{c.signs}</span>
                </>
              }
              name={`answers.${c.id}.answer`}
              options={ANSWERS}
              error={errors[`answers.${c.id}.answer`] ?? errors[`answers.${c.id}`]}
            />
            <TextField
              label={`Note on ${c.name.toLowerCase()}`}
              name={`answers.${c.id}.note`}
              className="mt-2"
              error={errors[`answers.${c.id}.note`]}
            />
          </div>
        );
      })}
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
