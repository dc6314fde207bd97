"use client";

import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { DosageFields } from "@/components/plan/dosage-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { LibraryItem } from "@/lib/dal/library";
import { PHASE_TITLES, PLAN_PHASES } from "@/lib/domain/reference/plan-items";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import type { FormState } from "@/lib/validation/parse";

const loadLibraryItemSchema = () => import("@/lib/validation/plan-item").then((m) => m.libraryItemSchema);

export function LibraryItemForm({
  action,
  item,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  item?: LibraryItem;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadLibraryItemSchema, action);
  // A refused muscle id is reported against its position (targetMuscles.N); show it on the group.
  const muscleError =
    errors.targetMuscles ?? Object.entries(errors).find(([key]) => key.startsWith("targetMuscles."))?.[1];
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField label="Name" name="name" defaultValue={item?.name} error={errors.name} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Phase"
          name="phase"
          defaultValue={item?.phase ?? "relax"}
          error={errors.phase}
          options={PLAN_PHASES.map((phase) => ({ value: phase, label: PHASE_TITLES[phase] }))}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={item?.kind ?? "self-massage"}
          error={errors.kind}
          options={[
            { value: "self-massage", label: "Self-massage" },
            { value: "tool-release", label: "Release with a tool (roller, ball, massager)" },
            { value: "heat", label: "Heat" },
            { value: "stretch", label: "Stretch" },
            { value: "strength", label: "Strength" },
            { value: "balance", label: "Balance" },
            { value: "advice", label: "Advice" },
          ]}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Target muscles</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
          {MUSCLES.map((m) => (
            <label key={m.id} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="targetMuscles"
                value={m.id}
                defaultChecked={item?.targetMuscles.includes(m.id)}
                className="h-4 w-4"
              />
              {m.name}
            </label>
          ))}
        </div>
        {muscleError ? <p className="mt-1 text-sm text-red-800">{muscleError}</p> : null}
      </fieldset>
      <TextAreaField
        label="Steps"
        name="steps"
        rows={5}
        hint="One step per line, written for the client."
        defaultValue={item?.steps.join("\n")}
        error={errors.steps}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Default dosage</legend>
        <div className="mt-1">
          <DosageFields dosage={item?.dosage} errors={errors} idPrefix="item" />
        </div>
      </fieldset>
      <TextAreaField
        label="Progressions"
        name="progressions"
        hint="One per line, easiest first."
        defaultValue={item?.progressions.join("\n")}
        error={errors.progressions}
      />
      <TextAreaField
        label="Cautions"
        name="cautions"
        hint="One per line; shown to the client in a caution box."
        defaultValue={item?.cautions.join("\n")}
        error={errors.cautions}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">
          What the technique involves (decides which flags block it)
        </legend>
        <CheckboxField
          name="deepPressure"
          label="Deep pressure"
          defaultChecked={item?.scopes.includes("deep-pressure")}
        />
        <CheckboxField
          name="behindKnee"
          label="Direct work behind the knee"
          defaultChecked={item?.scopes.includes("direct-behind-knee")}
        />
        <CheckboxField
          name="electric"
          label="A massage gun or electric massager"
          defaultChecked={item?.notBehindKnee}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        Save item
      </Button>
    </form>
  );
}
