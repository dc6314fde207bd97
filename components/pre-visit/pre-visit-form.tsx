"use client";

import { useState } from "react";
import { BodyMap } from "@/components/body-map/body-map";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, RadioGroup, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PRE_VISIT_QUESTIONS } from "@/lib/domain/pre-visit";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import type { FormState } from "@/lib/validation/parse";

const loadPreVisitSchema = () => import("@/lib/validation/pre-visit").then((m) => m.preVisitSchema);

const ANSWERS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Not sure" },
];

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The client's pre-visit form (issue 15, part 4). Pain sites are marked on the therapist's body
 * map (each region, or its list entry, toggles) and sent as hidden "muscle:side" fields; the
 * health questions are the contraindication screen in plain words, where "Not sure" counts as yes.
 */
export function PreVisitForm({
  action,
  consentOnFile,
  treatmentInfo,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  consentOnFile: boolean;
  /** What treatment involves, shown above the consent fields (rendered on the server). */
  treatmentInfo: React.ReactNode;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadPreVisitSchema, action);
  const [sites, setSites] = useState<string[]>([]);
  const toggle = (muscleId: string, side: string) => {
    const key = `${muscleId}:${side}`;
    setSites((s) => (s.includes(key) ? s.filter((k) => k !== key) : [...s, key]));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pre-visit form" className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <Fieldset legend="Your pain">
        <TextAreaField label="What brings you in?" name="complaint" error={errors.complaint} />
        <div>
          <p id="pain-sites-hint" className="text-sm font-medium text-slate-800">
            Where does it hurt? Tap the places on the drawing or choose them in the list.
          </p>
          {sites.map((s, i) => (
            <input key={s} type="hidden" name={`painSites.${i}`} value={s} />
          ))}
          <BodyMap label="Where it hurts" findings={[]} painSites={sites} onSelect={toggle} />
          {errors.painSites ? (
            <p id="field-painSites-error" className="mt-1 text-sm text-red-800">
              {errors.painSites}
            </p>
          ) : null}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="When did it start?" name="onsetDate" type="date" error={errors.onsetDate} />
          <TextField label="How did it start?" name="onset" hint="e.g. after a long hike" error={errors.onset} />
        </div>
      </Fieldset>

      <Fieldset legend="Activities">
        <p className="text-sm text-slate-700">Tick the activities you do often.</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {ACTIVITIES.map((a, i) => (
            <li key={a.id}>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name={`activities.${i}`} value={a.id} className="h-4 w-4" />
                <span>{a.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </Fieldset>

      <Fieldset legend="Your health">
        <TextAreaField
          label="Health history"
          name="medicalHistory"
          hint="Operations, injuries, conditions"
          error={errors.medicalHistory}
        />
        <TextAreaField label="Medications" name="medications" error={errors.medications} />
        {PRE_VISIT_QUESTIONS.map((q) => (
          <RadioGroup
            key={q.id}
            legend={q.text}
            name={`answers.${q.id}`}
            options={ANSWERS}
            error={errors[`answers.${q.id}`]}
          />
        ))}
      </Fieldset>

      {consentOnFile ? null : (
        <Fieldset legend="Consent to treatment">
          <p className="text-sm text-slate-700">
            Your therapist needs your consent before treating you; you can also give it later. What treatment involves:
          </p>
          <div className="text-sm">{treatmentInfo}</div>
          <TextField
            label="Type your full name"
            name="consentName"
            autoComplete="name"
            hint="Typing your name here counts as your signature."
            error={errors.consentName}
          />
          <CheckboxField name="confirm" label="I consent to treatment." error={errors.confirm} />
        </Fieldset>
      )}

      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send to my therapist"}
      </Button>
    </form>
  );
}
