"use client";

import { useEffect, useRef, useState } from "react";
import { BodyMap } from "@/components/body-map/body-map";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormMessage, RadioGroup, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FindingDto } from "@/lib/dal/findings";
import { MUSCLES, type MuscleId } from "@/lib/domain/reference/muscles";
import type { FormState } from "@/lib/validation/parse";

const loadFindingSchema = () => import("@/lib/validation/finding").then((m) => m.findingSchema);

type Side = "left" | "right";
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const muscleName = (id: MuscleId) => MUSCLES.find((m) => m.id === id)?.name ?? id;
const FORM_ID = "finding-form";

function FindingForm({
  muscleId,
  side,
  existing,
  action,
}: {
  muscleId: MuscleId;
  side: Side;
  existing?: FindingDto;
  action: Action;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadFindingSchema, action);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const title = `${muscleName(muscleId)}, ${side}`;
  return (
    <form
      id={FORM_ID}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="finding-heading"
      className="space-y-3 rounded-lg border border-brand-600 bg-brand-50 p-4"
    >
      <h3 id="finding-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        Finding: {title}
      </h3>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="muscleId" value={muscleId} />
      <input type="hidden" name="side" value={side} />
      <TextField
        label="Tenderness (0–10)"
        name="tenderness"
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        step={1}
        defaultValue={existing?.tenderness}
        error={errors.tenderness}
      />
      <RadioGroup
        legend="Trigger point"
        name="pointType"
        options={[
          { value: "active", label: "Active" },
          { value: "latent", label: "Latent" },
        ]}
        defaultValue={existing?.pointType}
        error={errors.pointType}
      />
      <CheckboxField
        name="reproducesPain"
        label="Pressure reproduces the client's pain"
        defaultChecked={existing?.reproducesPain}
        error={errors.reproducesPain}
      />
      <TextAreaField label="Finding notes" name="notes" defaultValue={existing?.notes ?? ""} error={errors.notes} />
      {errors.muscleId || errors.side ? <p className="text-sm text-red-800">{errors.muscleId ?? errors.side}</p> : null}
      <Button type="submit" disabled={pending}>
        Save finding
      </Button>
    </form>
  );
}

/** The body map with the finding form it opens; read-only when no action is given. */
export function FindingsEditor({
  label,
  findings,
  suggested,
  action,
}: {
  label: string;
  findings: FindingDto[];
  suggested?: MuscleId[];
  action?: Action;
}) {
  const [selected, setSelected] = useState<{ muscleId: MuscleId; side: Side } | null>(null);
  const existing = selected
    ? findings.find((f) => f.muscleId === selected.muscleId && f.side === selected.side)
    : undefined;
  return (
    <div className="space-y-4">
      <BodyMap
        label={label}
        findings={findings}
        suggested={suggested}
        selected={selected}
        onSelect={action ? (muscleId, side) => setSelected({ muscleId, side }) : undefined}
        formId={FORM_ID}
      />
      {action && selected ? (
        <FindingForm
          key={`${selected.muscleId}:${selected.side}`}
          muscleId={selected.muscleId}
          side={selected.side}
          existing={existing}
          action={action}
        />
      ) : null}
      {action && !selected ? (
        <p className="text-sm text-slate-700">Choose a muscle on the map or in the list to record a finding.</p>
      ) : null}
    </div>
  );
}
