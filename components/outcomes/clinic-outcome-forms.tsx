"use client";

import { Button } from "@/components/ui/button";
import { FieldMessage, FormMessage, SelectField } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { LEFS_ITEMS, LEFS_QUESTION, LEFS_RESPONSES } from "@/lib/domain/outcomes/measures";
import { lefsField } from "@/lib/validation/outcome-fields";
import type { FormState } from "@/lib/validation/parse";
import { OccasionField } from "./occasion-field";

const loadNprs = () => import("@/lib/validation/outcomes").then((m) => m.nprsEntrySchema);
const loadPsfs = () => import("@/lib/validation/outcomes").then((m) => m.psfsEntrySchema);
const loadLefs = () => import("@/lib/validation/outcomes").then((m) => m.lefsEntrySchema);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const ZERO_TO_TEN = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

export function NprsForm({ action }: { action: Action }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadNprs, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record NPRS" className="space-y-3">
      <OccasionField form="nprs" error={errors.occasion} />
      <SelectField
        label="Pain now (0 none – 10 worst imaginable)"
        name="rating"
        placeholder="Choose"
        options={ZERO_TO_TEN}
        error={errors.rating}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Record NPRS
      </Button>
    </form>
  );
}

export function PsfsForm({ action, activities }: { action: Action; activities: string[] }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadPsfs, action);
  if (activities.length === 0)
    return <p className="text-slate-700">The intake names no PSFS activities to rate again.</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record PSFS" className="space-y-3">
      <OccasionField form="psfs" error={errors.occasion} />
      {activities.map((activity, i) => (
        <SelectField
          key={activity + i}
          label={`${activity} (0 unable – 10 as before)`}
          name={`ratings.${i}`}
          placeholder="Choose"
          options={ZERO_TO_TEN}
          error={errors[`ratings.${i}`]}
        />
      ))}
      <FieldMessage id="field-ratings" error={errors.ratings} />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Record PSFS
      </Button>
    </form>
  );
}

/** The 20 LEFS activities as one form: the clinic records a paper LEFS or asks aloud. */
export function LefsForm({ action }: { action: Action }) {
  const { state, errors, pending, onSubmit } = useActionForm(loadLefs, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record LEFS" className="space-y-3">
      <OccasionField form="lefs" error={errors.occasion} />
      <p className="text-sm text-slate-700">
        {LEFS_QUESTION} 0 = {LEFS_RESPONSES[0].label.toLowerCase()}, 4 = {LEFS_RESPONSES[4].label.toLowerCase()}. Up to
        4 may be left blank.
      </p>
      <ol className="space-y-2">
        {LEFS_ITEMS.map((text, i) => (
          <li key={text}>
            <SelectField
              label={`${i + 1}. ${text}`}
              name={lefsField(i + 1)}
              placeholder="Blank"
              options={LEFS_RESPONSES.map((r) => ({ value: String(r.value), label: `${r.value} – ${r.label}` }))}
              error={errors[lefsField(i + 1)]}
            />
          </li>
        ))}
      </ol>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Record LEFS
      </Button>
    </form>
  );
}
